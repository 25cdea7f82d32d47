import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../../../src/app/state/colors.ts';
import { focusDrawing, linksInFocus } from '../../../src/app/state/focus-links.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { drawContext, LARGE_MAP_EDGES } from '../../../src/app/state/reducers.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureGraph } from './fixture.ts';

const small = fixtureGraph();
const colors = MAP_COLORS.light;
const none = {
  selected: null,
  hovered: null,
  hiddenClusters: new Set<number>(),
  hiddenTopics: new Set<number>(),
};

// A large map: a dense block n0..n69 (over LARGE_MAP_EDGES links) and a star around s0 whose
// neighbours s1..s3 are linked s1–s2, plus t0, of cluster 1, linked to s0 and s1.
const big = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
big.replaceAttributes(small.getAttributes());
const attrs = (i: number, cluster = 0) => ({
  ...small.getNodeAttributes('a'),
  x: i,
  y: -i,
  cluster,
  topic: null,
});
for (let i = 0; i < 70; i++) big.addNode(`n${i}`, attrs(i));
for (let i = 0; i < 70; i++)
  for (let j = i + 1; j < 70; j++)
    big.addEdgeWithKey(`n${i}-n${j}`, `n${i}`, `n${j}`, { weight: 0.2, shared: [] });
for (let i = 0; i < 4; i++) big.addNode(`s${i}`, attrs(100 + i));
big.addNode('t0', attrs(200, 1));
const link = (a: string, b: string) =>
  big.addEdgeWithKey(`${a}-${b}`, a, b, { weight: 0.5, shared: [] });
for (const [a, b] of [
  ['s0', 's1'],
  ['s0', 's2'],
  ['s0', 's3'],
  ['s1', 's2'],
  ['s0', 't0'],
  ['s1', 't0'],
  ['s3', 'n0'],
])
  link(a, b);
const bigIndex = buildMapIndex(big);

type State = Parameters<typeof drawContext>[1];
const drawn = (state: Partial<State>, graph = big) => {
  const index = graph === big ? bigIndex : buildMapIndex(graph);
  const ctx = drawContext(index, { ...none, ...state }, null, colors);
  return linksInFocus(graph, ctx).map((l) => `${l.key} ${l.emphasis}`);
};

describe('links in focus', () => {
  it('are none on small maps, which draw all their links', () => {
    expect(small.size).toBeLessThanOrEqual(LARGE_MAP_EDGES);
    expect(drawn({ hovered: 'a', selected: 'b' }, small)).toEqual([]);
  });

  it('are none on a large map with nothing in focus', () => {
    expect(big.size).toBeGreaterThan(LARGE_MAP_EDGES);
    expect(drawn({})).toEqual([]);
  });

  it('are the hovered paper’s links', () => {
    expect(drawn({ hovered: 's3' }).sort()).toEqual(['s0-s3 focus', 's3-n0 focus']);
  });

  it('are the selected paper’s links and those among its neighbours', () => {
    expect(drawn({ selected: 's1' }).sort()).toEqual([
      's0-s1 focus',
      's0-s2 context', // s0 and s2 are both s1's neighbours
      's0-t0 context',
      's1-s2 focus',
      's1-t0 focus',
    ]);
  });

  it('keep the selection’s neighbourhood while another paper is hovered, under the hover', () => {
    const links = drawn({ selected: 's2', hovered: 's3' });
    expect(links.sort()).toEqual([
      's0-s1 context',
      's0-s2 context',
      's0-s3 focus',
      's1-s2 context',
      's3-n0 focus',
    ]);
    const order = drawn({ selected: 's2', hovered: 's3' }).map((l) => l.split(' ')[1]);
    expect(order.indexOf('focus')).toBe(order.length - 2); // the two focus links last
  });

  it('include the keyboard-focused paper’s links', () => {
    expect(drawn({ ringed: 's3' }).sort()).toEqual(['s0-s3 focus', 's3-n0 focus']);
  });

  it('leave out links to papers that are hidden', () => {
    expect(drawn({ hovered: 's0', hiddenClusters: new Set([1]) }).sort()).toEqual([
      's0-s1 focus',
      's0-s2 focus',
      's0-s3 focus',
    ]);
    // A hidden paper that stays selected draws nothing.
    expect(drawn({ selected: 't0', hiddenClusters: new Set([1]) })).toEqual([]);
  });
});

describe('the focus layer of a large map', () => {
  const drawing = (state: Partial<State>) =>
    focusDrawing(big, drawContext(bigIndex, { ...none, ...state }, null, colors));

  it('draws nothing with nothing in focus, or on a small map', () => {
    expect(drawing({})).toEqual({ veil: false, links: [], papers: [] });
    const ctx = drawContext(buildMapIndex(small), { ...none, selected: 'a' }, null, colors);
    expect(focusDrawing(small, ctx)).toEqual({ veil: false, links: [], papers: [] });
  });

  it('draws a hover’s links and their ends over the dots, with no veil', () => {
    const d = drawing({ hovered: 's3' });
    expect(d.veil).toBe(false);
    expect(d.links.map((l) => l.key).sort()).toEqual(['s0-s3', 's3-n0']);
    expect(d.papers.sort()).toEqual(['n0', 's0', 's3']);
    expect(d.papers.at(-1)).toBe('s3');
  });

  it('veils the map around a selection and draws its neighbourhood again, the selection last', () => {
    const d = drawing({ selected: 's2' });
    expect(d.veil).toBe(true);
    expect([...d.papers].sort()).toEqual(['s0', 's1', 's2']);
    expect(d.papers.at(-1)).toBe('s2');
  });
});
