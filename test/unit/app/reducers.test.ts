import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS, mixColors } from '../../../src/app/state/colors.ts';
import { matchingPapers } from '../../../src/app/state/filter.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import {
  changedByFocus,
  drawContext,
  LARGE_MAP_EDGES,
  makeEdgeReducer,
  makeNodeReducer,
  mapLabel,
} from '../../../src/app/state/reducers.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureGraph, phrasesOf } from './fixture.ts';

const graph = fixtureGraph();
const index = buildMapIndex(graph);
const colors = MAP_COLORS.light;
interface Focus {
  selected: string | null;
  hovered: string | null;
  ringed?: string | null;
  hiddenClusters: ReadonlySet<number>;
  hiddenTopics: ReadonlySet<number>;
}
const none: Focus = {
  selected: null,
  hovered: null,
  hiddenClusters: new Set<number>(),
  hiddenTopics: new Set<number>(),
};

function draw(state: Partial<Focus>, matching: ReadonlySet<string> | null = null, g = graph) {
  const idx = g === graph ? index : buildMapIndex(g);
  const ctx = drawContext(idx, { ...none, ...state }, matching, colors);
  const node = makeNodeReducer(ctx);
  const edge = makeEdgeReducer(g, ctx);
  return {
    node: (k: string) => node(k, { ...g.getNodeAttributes(k) }),
    edge: (k: string) => edge(k, { ...g.getEdgeAttributes(k) }),
  };
}

describe('node reducer', () => {
  it('draws every paper in its cluster colour with a short label by default', () => {
    const d = draw({}).node('a');
    expect(d).toMatchObject({
      x: 0,
      y: 0,
      size: 5,
      color: '#0072b2',
      label: 'Pruning large networks',
    });
    expect(d.hidden).toBeFalsy();
  });

  it('hides the papers of hidden clusters, keeping their position', () => {
    const d = draw({ hiddenClusters: new Set([1]) }).node('d');
    expect(d).toMatchObject({ hidden: true, x: 10, y: 10 });
  });

  it('hides the papers of hidden sub-topics, and only those', () => {
    const r = draw({ hiddenTopics: new Set([7]) });
    expect(r.node('a').hidden).toBe(true);
    expect(r.node('c').hidden).toBe(true);
    expect(r.node('b').hidden).toBeFalsy(); // topic 3, same cluster
    expect(r.node('d').hidden).toBeFalsy(); // a cluster without topics
  });

  it('does not focus a selected paper whose sub-topic is hidden', () => {
    const r = draw({ selected: 'a', hiddenTopics: new Set([7]) });
    expect(r.node('b').color).toBe('#0072b2');
    expect(r.node('e').label).toBe('Adaptive learning rates');
  });

  it('makes the hovered paper and its neighbours stand out, dims the rest', () => {
    const r = draw({ hovered: 'a' });
    expect(r.node('a')).toMatchObject({
      highlighted: true,
      forceLabel: true,
      label: 'Pruning large networks',
    });
    for (const n of ['b', 'c', 'e'])
      expect(r.node(n)).toMatchObject({
        forceLabel: true,
        color: graph.getNodeAttribute(n, 'color'),
      });
    expect(r.node('d')).toMatchObject({
      label: null,
      color: mixColors('#e69f00', colors.background, colors.dimAmount),
    });
  });

  it('focuses the selected paper when nothing is hovered, the hovered one otherwise', () => {
    expect(draw({ selected: 'd' }).node('e').forceLabel).toBe(true);
    const r = draw({ selected: 'd', hovered: 'f' });
    expect(r.node('f').highlighted).toBe(true);
    expect(r.node('e').label).toBeNull();
  });

  it('does not focus a selected paper whose cluster is hidden', () => {
    const r = draw({ selected: 'd', hiddenClusters: new Set([1]) });
    expect(r.node('a').color).toBe('#0072b2');
    expect(r.node('a').label).toBe('Pruning large networks');
  });

  it('rings the keyboard-focused paper with its full title, unless it is hidden', () => {
    const title = graph.getNodeAttribute('d', 'title');
    expect(draw({ ringed: 'd', selected: 'a' }).node('d')).toMatchObject({
      ring: true,
      highlighted: true,
      label: title,
      forceLabel: true,
    });
    expect(draw({ ringed: 'd' }).node('a').ring).toBeFalsy();
    expect(draw({ ringed: 'd', hovered: 'a' }).node('a').ring).toBe(false);
    const hidden = draw({ ringed: 'd', hiddenClusters: new Set([1]) }).node('d');
    expect(hidden).toMatchObject({ hidden: true });
    expect(hidden).not.toHaveProperty('ring');
  });

  it('dims papers that do not match the filters', () => {
    const matching = matchingPapers(phrasesOf(index), ['pruning'], null);
    const r = draw({}, matching);
    expect(r.node('a').label).toBe('Pruning large networks');
    expect(r.node('a').forceLabel).toBe(true); // few matches: all labelled
    expect(r.node('c').label).toBeNull();
    expect(r.node('c').color).not.toBe('#0072b2');
  });
});

describe('edge reducer', () => {
  it('hides edges that touch a hidden cluster', () => {
    expect(draw({ hiddenClusters: new Set([2]) }).edge('cf').hidden).toBe(true);
    expect(draw({ hiddenClusters: new Set([2]) }).edge('ab').hidden).toBeFalsy();
  });

  it('hides edges that touch a hidden sub-topic', () => {
    const r = draw({ hiddenTopics: new Set([3]) });
    expect(r.edge('ab').hidden).toBe(true);
    expect(r.edge('ac').hidden).toBeFalsy();
  });

  it('keeps resting edges quiet and strengthens the focus paper’s edges', () => {
    const rest = draw({}).edge('ab');
    expect(rest.color).toBe(colors.edge);
    const r = draw({ hovered: 'a' });
    expect(r.edge('ab')).toMatchObject({ color: colors.edgeFocus });
    expect(r.edge('ab').size!).toBeGreaterThan(rest.size!);
    expect(r.edge('de').color).toBe(colors.edgeFaint);
  });

  it('fades edges leaving the matching papers', () => {
    const r = draw({}, new Set(['a', 'b']));
    expect(r.edge('ab').color).toBe(colors.edge);
    expect(r.edge('ac').color).toBe(colors.edgeFaint);
  });
});

describe('map labels', () => {
  it('cuts long titles at a word boundary', () => {
    expect(mapLabel('Short title')).toBe('Short title');
    const long = mapLabel(
      'Learning k-Level Structured Sparse Neural Networks Using Group Envelope Regularization',
    );
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(35);
    expect(long).toBe('Learning k-Level Structured Sparse…');
  });
});

describe('partial refresh on hover and selection', () => {
  // A large map: a dense block (over LARGE_MAP_EDGES edges) and a sparse path p0–p1–p2–p3.
  const big = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
  big.replaceAttributes(graph.getAttributes());
  const attrs = (i: number, cluster = 0) => ({
    ...graph.getNodeAttributes('a'),
    title: `Paper number ${i} with a rather long title about pruning`,
    x: i,
    y: -i,
    cluster,
    topic: cluster === 0 ? 7 : null,
  });
  for (let i = 0; i < 70; i++) big.addNode(`n${i}`, attrs(i));
  for (let i = 0; i < 70; i++)
    for (let j = i + 1; j < 70; j++)
      big.addEdgeWithKey(`${i}-${j}`, `n${i}`, `n${j}`, { weight: 0.2, shared: [] });
  for (let i = 0; i < 4; i++) big.addNode(`p${i}`, attrs(100 + i, i % 2));
  for (let i = 0; i < 3; i++)
    big.addEdgeWithKey(`p${i}-p${i + 1}`, `p${i}`, `p${i + 1}`, { weight: 0.5, shared: [] });
  big.addEdgeWithKey('p0-n0', 'p0', 'n0', { weight: 0.5, shared: [] });
  const bigIndex = buildMapIndex(big);
  const ctxOf = (state: Partial<Focus>, matching: ReadonlySet<string> | null = null) =>
    drawContext(bigIndex, { ...none, ...state }, matching, colors);
  it('is a large map', () => expect(big.size).toBeGreaterThan(LARGE_MAP_EDGES));

  /** Every node whose drawing differs between the two contexts (sigma has no links here). */
  function differing(a: ReturnType<typeof ctxOf>, b: ReturnType<typeof ctxOf>) {
    const [na, nb] = [makeNodeReducer(a), makeNodeReducer(b)];
    return big.filterNodes(
      (k, x) => JSON.stringify(na(k, { ...x })) !== JSON.stringify(nb(k, { ...x })),
    );
  }

  const hidden1 = new Set([1]);
  const hidden7 = new Set([7]);
  const cases: [string, Partial<Focus>, Partial<Focus>, ReadonlySet<string> | null][] = [
    ['hover in', {}, { hovered: 'p1' }, null],
    ['hover to another paper', { hovered: 'p1' }, { hovered: 'p2' }, null],
    ['hover out', { hovered: 'p2' }, {}, null],
    ['hover into the dense block', { hovered: 'p3' }, { hovered: 'n5' }, null],
    ['hover beside a selection', { selected: 'p0' }, { selected: 'p0', hovered: 'p2' }, null],
    ['hover out to the selection', { selected: 'p0', hovered: 'p3' }, { selected: 'p0' }, null],
    ['hover among matches', {}, { hovered: 'p1' }, new Set(['p0', 'p3'])],
    ['select', {}, { selected: 'p1' }, null],
    ['select another paper', { selected: 'p1' }, { selected: 'n4' }, null],
    ['close the selection', { selected: 'p1' }, {}, null],
    [
      'move the keyboard focus',
      { hovered: 'p1', ringed: 'p1' },
      { hovered: 'p2', ringed: 'p2' },
      null,
    ],
    [
      'hover with a hidden cluster',
      { hiddenClusters: hidden1 },
      { hovered: 'p2', hiddenClusters: hidden1 },
      null,
    ],
    [
      'hover with a hidden sub-topic',
      { hiddenTopics: hidden7 },
      { hovered: 'p1', hiddenTopics: hidden7 },
      null,
    ],
  ];
  for (const [name, from, to, matching] of cases)
    it(`redraws everything that changes: ${name}`, () => {
      const a = ctxOf(from, matching);
      const b = ctxOf(to, matching);
      const changed = changedByFocus(a, b);
      expect(changed).not.toBeNull();
      const diff = differing(a, b);
      expect(diff.length).toBeGreaterThan(0);
      for (const n of diff) expect(changed).toContain(n);
    });

  it('redraws only the neighbourhoods, not the whole map', () => {
    const changed = changedByFocus(ctxOf({ hovered: 'p1' }), ctxOf({ hovered: 'p2' }));
    expect(changed!.sort()).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('redraws nothing when the focus stays', () => {
    const a = ctxOf({ selected: 'p0' });
    expect(changedByFocus(a, ctxOf({ selected: 'p0', hovered: 'p0' }))).toEqual([]);
  });

  it('redraws everything when more than the focus changed, or on small maps', () => {
    const hover = ctxOf({ hovered: 'p1' });
    expect(changedByFocus(hover, ctxOf({ hovered: 'p2' }, new Set(['p0'])))).toBeNull();
    expect(changedByFocus(hover, ctxOf({ hovered: 'p2', hiddenTopics: new Set([7]) }))).toBeNull();
    const small = (s: Partial<Focus>) => drawContext(index, { ...none, ...s }, null, colors);
    expect(changedByFocus(small({}), small({ hovered: 'a' }))).toBeNull();
  });

  it('on large maps leaves the dimming to the focus layer’s veil', () => {
    const n9 = () => ({ ...big.getNodeAttributes('n9') });
    const color = big.getNodeAttribute('n9', 'color');
    expect(makeNodeReducer(ctxOf({ hovered: 'p1' }))('n9', n9()).color).toBe(color);
    expect(makeNodeReducer(ctxOf({ selected: 'p1' }))('n9', n9()).color).toBe(color);
  });
});
