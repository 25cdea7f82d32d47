import { describe, expect, it } from 'vitest';
import {
  everyPaper,
  forEachCandidate,
  largeEnough,
  onlyThese,
  paperOrder,
  type Candidates,
  type PaperOrder,
} from '../../../src/app/map/label-candidates.ts';
import { fixtureGraph } from './fixture.ts';

function sizedGraph() {
  const graph = fixtureGraph();
  const sizes: Record<string, number> = { a: 4, b: 9, c: 6, d: 6, e: 2, f: 12 };
  for (const [key, size] of Object.entries(sizes)) graph.setNodeAttribute(key, 'size', size);
  return graph;
}

const keysOf = (order: PaperOrder, candidates: Candidates) => {
  const keys: string[] = [];
  forEachCandidate(candidates, (i) => keys.push(order.keys[i]));
  return keys;
};

describe('paperOrder', () => {
  it('puts the papers largest first, equal sizes by key, with their sizes and positions', () => {
    const graph = sizedGraph();
    const order = paperOrder(graph);
    expect(order.keys).toEqual(['f', 'b', 'c', 'd', 'a', 'e']);
    order.keys.forEach((key, i) => {
      const a = graph.getNodeAttributes(key);
      expect([order.size[i], order.x[i], order.y[i]]).toEqual([a.size, a.x, a.y]);
      expect(order.indexOf.get(key)).toBe(i);
    });
  });
});

describe('label candidates', () => {
  const order = paperOrder(sizedGraph());

  it('are the papers at least a size, then the smaller extras, largest first', () => {
    expect(keysOf(order, largeEnough(order, 6, []))).toEqual(['f', 'b', 'c', 'd']);
    // Extras already among the large papers are not repeated; unknown keys are left out.
    expect(keysOf(order, largeEnough(order, 6, ['e', 'b', 'nope', 'a']))).toEqual([
      'f',
      'b',
      'c',
      'd',
      'a',
      'e',
    ]);
    expect(keysOf(order, largeEnough(order, 100, ['e']))).toEqual(['e']);
    expect(keysOf(order, largeEnough(order, 0, []))).toEqual(order.keys);
  });

  it('go in the same order as a sort of the papers by size would give', () => {
    const extra = ['e', 'a'];
    const sorted = [...order.keys.filter((k) => ['f', 'b', 'c'].includes(k)), 'a', 'e'];
    expect(keysOf(order, largeEnough(order, 6.5, extra))).toEqual(sorted.filter((k) => k !== 'c'));
  });

  it('can be just some papers, or all of them', () => {
    expect(keysOf(order, onlyThese(order, ['e', 'f', 'c']))).toEqual(['f', 'c', 'e']);
    expect(keysOf(order, everyPaper(order))).toEqual(order.keys);
  });
});
