// The year range combined with the other filters (issue 9): one set of papers for the map, the
// legend's counts and the list.
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  filterCounts,
  isPaperVisible,
  listedPapers,
  matchingPapers,
  type Hidden,
} from '../../../src/app/state/filter.ts';
import { MAP_COLORS } from '../../../src/app/state/colors.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { mapFields, papersInYears } from '../../../src/app/state/paper-fields.ts';
import { drawContext, makeEdgeReducer, makeNodeReducer } from '../../../src/app/state/reducers.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureFile, phrasesOf } from './fixture.ts';

/** The fixture with years (f has none), venues and a citation count. */
function timedGraph(): PaperGraph {
  const file = fixtureFile();
  const years: Record<string, number | null> = {
    a: 2018,
    b: 2020,
    c: 2021,
    d: 2019,
    e: 2023,
    f: null,
  };
  for (const n of file.nodes) {
    n.attributes.year = years[n.key] ?? null;
    n.attributes.venue = n.key === 'a' || n.key === 'd' ? 'ICML' : null;
    if (n.key === 'b') n.attributes.citations = 40;
  }
  file.attributes.fields = ['year', 'venue', 'citations'];
  return Graph.from(file) as PaperGraph;
}

const graph = timedGraph();
const index = buildMapIndex(graph);
const phrases = phrasesOf(index);
const allKeys = graph.nodes();

describe('map fields', () => {
  it('lists the fields the papers have and their years', () => {
    const f = mapFields(graph);
    expect([...f.has].sort()).toEqual(['citations', 'venue', 'year']);
    expect(f.years).toEqual({ from: 2018, to: 2023 });
  });

  it('looks at the papers when the file does not list its fields', () => {
    const file = fixtureFile();
    const f = mapFields(Graph.from(file) as PaperGraph);
    expect(f.has.size).toBe(0);
    expect(f.years).toBeNull();
  });

  it('keeps the papers within the range; none without a year', () => {
    expect(papersInYears(graph, null)).toBeNull();
    expect([...papersInYears(graph, { from: 2019, to: 2021 })!].sort()).toEqual(['b', 'c', 'd']);
  });
});

describe('the year range with the other filters', () => {
  const inYears = papersInYears(graph, { from: 2019, to: 2023 });
  const hidden: Hidden = { hiddenClusters: new Set(), hiddenTopics: new Set(), inYears };

  it('hides papers outside the range on the map, edges too', () => {
    expect(allKeys.filter((k) => isPaperVisible(index, hidden, k)).sort()).toEqual([
      'b',
      'c',
      'd',
      'e',
    ]);
    const ctx = drawContext(
      index,
      { ...hidden, selected: null, hovered: null },
      null,
      MAP_COLORS.light,
    );
    const node = makeNodeReducer(ctx);
    expect(node('a', graph.getNodeAttributes('a')).hidden).toBe(true);
    expect(node('b', graph.getNodeAttributes('b')).hidden).toBeUndefined();
    const edge = makeEdgeReducer(graph, ctx);
    graph.forEachEdge((e, a, s, t) => {
      const out = !inYears!.has(s) || !inYears!.has(t);
      expect(!!edge(e, a).hidden).toBe(out);
    });
  });

  it('never focuses a paper outside the range', () => {
    const ctx = drawContext(
      index,
      { ...hidden, selected: 'a', hovered: null },
      null,
      MAP_COLORS.light,
    );
    expect(ctx.focus).toBeNull();
  });

  it('narrows the matching papers, so counts and the list agree with the map (property)', () => {
    const keyword = fc.constantFrom('pruning', 'sgd', 'sparse networks');
    const year = fc.integer({ min: 2017, max: 2024 });
    fc.assert(
      fc.property(
        fc.uniqueArray(keyword, { maxLength: 2 }),
        fc.option(fc.tuple(year, year), { nil: null }),
        fc.uniqueArray(fc.constantFrom(0, 1, 2), { maxLength: 2 }),
        (keywords, range, hiddenClusters) => {
          const years = range ? { from: Math.min(...range), to: Math.max(...range) } : null;
          const inRange = papersInYears(graph, years);
          const h: Hidden = {
            hiddenClusters: new Set(hiddenClusters),
            hiddenTopics: new Set(),
            inYears: inRange,
          };
          const matching = matchingPapers(phrases, keywords, null, inRange);
          // What the map shows and singles out.
          const shown = allKeys.filter(
            (k) => isPaperVisible(index, h, k) && (matching === null || matching.has(k)),
          );
          // The list.
          const listed = listedPapers(index, h, matching).flatMap((g) => [
            ...g.papers,
            ...g.topics.flatMap((t) => t.papers),
          ]);
          expect(listed.sort()).toEqual([...shown].sort());
          // The legend: shown clusters' matching counts add up to the same papers.
          const counts = filterCounts(index, h.hiddenTopics, matching);
          let n = 0;
          for (const c of index.clusters)
            if (!h.hiddenClusters.has(c.id)) n += counts.clusters.get(c.id)!.matching;
          expect(n).toBe(shown.length);
          // Every shown paper is in the years and mentions the keyphrases.
          for (const k of shown) {
            if (inRange) expect(inRange.has(k)).toBe(true);
            for (const kw of keywords) expect(phrases.papersMatching(kw).has(k)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('node paint in the reducer', () => {
  it("draws the paint's colour and size, dimmed like the file's own, and keeps the position", () => {
    const paint = { color: new Map([['b', '#440154']]), size: new Map([['b', 11]]) };
    const state = { hiddenClusters: new Set<number>(), hiddenTopics: new Set<number>() };
    const plain = makeNodeReducer(
      drawContext(
        index,
        { ...state, selected: null, hovered: null },
        null,
        MAP_COLORS.light,
        paint,
      ),
    );
    const b = graph.getNodeAttributes('b');
    expect(plain('b', b)).toMatchObject({ color: '#440154', size: 11, x: b.x, y: b.y });
    // A paper the paint leaves out keeps the file's colour and size.
    const a = graph.getNodeAttributes('a');
    expect(plain('a', a)).toMatchObject({ color: a.color, size: a.size });
    // Dimmed around another paper: mixed towards the background from the paint's colour.
    const far = graph.nodes().find((k) => k !== 'b' && !index.neighbours.get(k)?.has('b'))!;
    const dimmed = makeNodeReducer(
      drawContext(index, { ...state, selected: far, hovered: null }, null, MAP_COLORS.light, paint),
    )('b', b);
    expect(dimmed.color).not.toBe('#440154');
    expect(dimmed.color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
