import { describe, expect, it } from 'vitest';
import {
  CROSSFADE,
  levelOpacity,
  regionTitles,
  titleOpacity,
  titleShapes,
  titlesToPlace,
} from '../../../src/app/map/region-titles.ts';
import { filterCounts, matchingPapers } from '../../../src/app/state/filter.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { fixtureGraph, phrasesOf } from './fixture.ts';

const index = buildMapIndex(fixtureGraph());
const nothingHidden = { hiddenClusters: new Set<number>(), hiddenTopics: new Set<number>() };
const titles = (hidden = nothingHidden, matching: ReadonlySet<string> | null = null) =>
  regionTitles(index, hidden, filterCounts(index, hidden.hiddenTopics, matching));

describe('region titles', () => {
  it('crossfades from cluster titles (zoomed out) to sub-topic titles (zoomed in)', () => {
    expect(levelOpacity(1)).toEqual({ cluster: 1, topic: 0 });
    expect(levelOpacity(CROSSFADE.from)).toEqual({ cluster: 1, topic: 0 });
    expect(levelOpacity(CROSSFADE.to)).toEqual({ cluster: 0, topic: 1 });
    expect(levelOpacity(0.05)).toEqual({ cluster: 0, topic: 1 });
    const mid = levelOpacity((CROSSFADE.from + CROSSFADE.to) / 2);
    expect(mid.cluster).toBeCloseTo(0.5);
    expect(mid.cluster + mid.topic).toBeCloseTo(1);
  });

  it('has a title per shown cluster and sub-topic; a cluster without topics shows at both levels', () => {
    const all = titles();
    expect(all.map((t) => t.key)).toEqual(['c0', 't7', 't3', 'c1', 'c2']);
    expect(all.find((t) => t.key === 't7')).toMatchObject({
      level: 'topic',
      cluster: 0,
      label: 'sparse networks',
      anchor: { x: 0, y: 0.5 },
      count: { matching: 2, total: 2 },
    });
    const zoomedIn = levelOpacity(0.1);
    const c0 = all.find((t) => t.key === 'c0')!;
    const c1 = all.find((t) => t.key === 'c1')!;
    expect(c0.bothLevels).toBe(false);
    expect(titleOpacity(c0, zoomedIn)).toBe(0);
    expect(c1.bothLevels).toBe(true);
    expect(titleOpacity(c1, zoomedIn)).toBe(1);
  });

  it('leaves out hidden clusters and hidden sub-topics', () => {
    const hidden = { hiddenClusters: new Set([2]), hiddenTopics: new Set([3]) };
    expect(titles(hidden).map((t) => t.key)).toEqual(['c0', 't7', 'c1']);
  });

  it('lays out the level that shows first, then the titles with more matching papers', () => {
    const matching = matchingPapers(phrasesOf(index), ['pruning'], null); // a, b, e
    const all = titles(nothingHidden, matching);
    expect(titlesToPlace(all, levelOpacity(1)).map((t) => t.key)).toEqual(['c0', 'c1', 'c2']);
    expect(titlesToPlace(all, levelOpacity(0.1)).map((t) => t.key)).toEqual([
      't7', // 1 of 2
      'c1', // no topics, so it shows zoomed in too: 1 of 2, later in the legend
      't3', // 1 of 1
      'c2', // 0 of 1
    ]);
    // Mostly clusters, sub-topics fading in.
    const crossing = levelOpacity(CROSSFADE.from - 0.2 * (CROSSFADE.from - CROSSFADE.to));
    const keys = titlesToPlace(all, crossing).map((t) => t.key);
    expect(keys).toEqual(['c0', 'c1', 'c2', 't7', 't3']);
    expect(titlesToPlace(all, levelOpacity(CROSSFADE.from + 0.1)).map((t) => t.key)).toEqual([
      'c0',
      'c1',
      'c2',
    ]);
  });
});

describe('the shapes of a title', () => {
  const measure = (t: string) => t.length * 7; // a monospace stand-in

  it('is whole on one line if it fits, else on two balanced lines, then shorter', () => {
    expect(titleShapes('sparse coding', measure, 200)).toEqual([
      ['sparse coding'],
      ['sparse', 'coding'],
    ]);
    const shapes = titleShapes('sparse network · deep neural networks · search', measure, 200);
    expect(shapes[0]).toEqual(['sparse network · deep', 'neural networks · search']);
    expect(shapes).toContainEqual(['sparse network ·', 'deep neural networks']);
    expect(shapes).toContainEqual(['sparse network']);
    expect(shapes.at(-1)).toEqual(['sparse', 'network']);
    // No line starts with the separator.
    for (const lines of shapes) for (const l of lines) expect(l.startsWith('·')).toBe(false);
  });

  it('keeps a first part too wide for two lines, as the last resort', () => {
    expect(titleShapes('direction-of-arrival · antenna', measure, 60).at(-1)).toEqual([
      'direction-of-arrival',
    ]);
  });
});
