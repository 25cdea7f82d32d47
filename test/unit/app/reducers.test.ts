import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS, mixColors } from '../../../src/app/state/colors.ts';
import { matchingPapers } from '../../../src/app/state/filter.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import {
  drawContext,
  LARGE_MAP_EDGES,
  makeEdgeReducer,
  makeNodeReducer,
  mapLabel,
} from '../../../src/app/state/reducers.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureGraph } from './fixture.ts';

const graph = fixtureGraph();
const index = buildMapIndex(graph);
const colors = MAP_COLORS.light;
interface Focus {
  selected: string | null;
  hovered: string | null;
  hiddenClusters: ReadonlySet<number>;
}
const none: Focus = { selected: null, hovered: null, hiddenClusters: new Set<number>() };

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

  it('dims papers that do not match the filters', () => {
    const matching = matchingPapers(index, ['pruning'], null);
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

  it('on large maps draws only the focus paper’s edges', () => {
    const big = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
    big.replaceAttributes(graph.getAttributes());
    const n = 70;
    for (let i = 0; i < n; i++)
      big.addNode(`n${i}`, { ...graph.getNodeAttributes('a'), x: i, y: i });
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        big.addEdgeWithKey(`${i}-${j}`, `n${i}`, `n${j}`, { weight: 0.2, shared: [] });
    expect(big.size).toBeGreaterThan(LARGE_MAP_EDGES);
    expect(draw({}, null, big).edge('1-2').hidden).toBe(true);
    const r = draw({ hovered: 'n1' }, null, big);
    expect(r.edge('1-2').hidden).toBeFalsy();
    expect(r.edge('2-3').hidden).toBe(true);
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
