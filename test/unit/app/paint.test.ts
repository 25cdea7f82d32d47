import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MAP_COLORS } from '../../../src/app/state/colors.ts';
import {
  citationSize,
  colorLegend,
  MISSING_COLOR,
  nodePaint,
  OTHER_VENUE_COLOR,
  topVenues,
  yearColor,
  yearGradient,
} from '../../../src/app/state/paint.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureFile } from './fixture.ts';

function graphWith(
  set: Record<
    string,
    { year?: number | null; venue?: string | null; citations?: number; size?: number }
  >,
): PaperGraph {
  const file = fixtureFile();
  for (const n of file.nodes) Object.assign(n.attributes, set[n.key] ?? {});
  return Graph.from(file) as PaperGraph;
}

describe('year colours', () => {
  const extent = { from: 2010, to: 2020 };

  it('run through viridis from the first year to the last, clamped', () => {
    expect(yearColor(2010, extent, 'light')).toBe('#440154');
    expect(yearColor(2000, extent, 'light')).toBe(yearColor(2010, extent, 'light'));
    expect(yearColor(2030, extent, 'light')).toBe(yearColor(2020, extent, 'light'));
    expect(yearColor(2015, extent, 'light')).not.toBe(yearColor(2016, extent, 'light'));
    expect(yearColor(2020, { from: 2020, to: 2020 }, 'dark')).toBe('#fde725');
  });

  it("leave out the end that vanishes into each theme's background", () => {
    for (const theme of ['light', 'dark'] as const) {
      const bg = MAP_COLORS[theme].background;
      for (const c of yearGradient(theme)) expect(contrastRatio(c, bg)).toBeGreaterThan(1.8);
    }
  });
});

describe('venues', () => {
  it('keeps the top venues by count, one spelling each, ties by name', () => {
    const top = topVenues(['ICML', 'icml ', 'NeurIPS', 'ICLR', 'ICLR', 'ICML', null, ''], 2);
    expect(top.map((v) => [v.label, v.papers])).toEqual([
      ['ICML', 3],
      ['ICLR', 2],
    ]);
    expect(new Set(top.map((v) => v.color)).size).toBe(2);
  });
});

describe('citation sizes', () => {
  const range = { min: 2, max: 12 };
  it('grow with the square root of the count, between the smallest and largest dot', () => {
    expect(citationSize(0, 100, range)).toBe(2);
    expect(citationSize(100, 100, range)).toBe(12);
    expect(citationSize(25, 100, range)).toBe(7);
    expect(citationSize(undefined, 100, range)).toBe(2);
    expect(citationSize(5, 0, range)).toBe(2);
  });
});

describe('node paint', () => {
  const graph = graphWith({
    a: { year: 2018, venue: 'ICML', citations: 100, size: 3 },
    b: { year: 2022, venue: 'ICML', citations: 0, size: 9 },
    c: { year: 2020, venue: 'NeurIPS' },
  });

  it("is null for the file's own colours and sizes", () => {
    expect(nodePaint(graph, 'cluster', 'degree', 'light')).toBeNull();
  });

  it('colours papers without the field grey', () => {
    const p = nodePaint(graph, 'year', 'degree', 'dark')!;
    expect(p.size).toBeNull();
    expect(p.color!.get('a')).toBe(yearColor(2018, { from: 2018, to: 2022 }, 'dark'));
    expect(p.color!.get('d')).toBe(MISSING_COLOR.dark);
    const v = nodePaint(graph, 'venue', 'degree', 'light')!;
    expect(v.color!.get('a')).toBe(v.color!.get('b'));
    expect(v.color!.get('c')).not.toBe(v.color!.get('a'));
    expect(v.color!.get('e')).toBe(MISSING_COLOR.light);
    expect(v.color!.get('a')).not.toBe(OTHER_VENUE_COLOR);
  });

  it('sizes by citations or all alike', () => {
    const p = nodePaint(graph, 'cluster', 'citations', 'light')!;
    expect(p.color).toBeNull();
    expect(p.size!.get('a')).toBeGreaterThan(p.size!.get('b')!);
    const same = nodePaint(graph, 'cluster', 'none', 'light')!;
    expect(new Set(same.size!.values()).size).toBe(1);
  });

  it('gives a legend with counts of the papers shown, those without the field too', () => {
    const year = colorLegend(graph, 'year', 'light', null, { from: 2018, to: 2022 })!;
    expect(year).toMatchObject({ kind: 'year', extent: { from: 2018, to: 2022 }, missing: 3 });
    const venue = colorLegend(graph, 'venue', 'light', new Set(['a', 'c', 'd']), null);
    expect(venue).toMatchObject({
      kind: 'venue',
      venues: [
        { label: 'ICML', count: 1 },
        { label: 'NeurIPS', count: 1 },
      ],
      other: 0,
      missing: 1,
    });
  });
});
