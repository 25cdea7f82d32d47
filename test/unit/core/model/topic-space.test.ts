import { describe, expect, it } from 'vitest';
import { emptyRows, offer } from '../../../../src/core/model/knn-kernel.ts';
import type { Embedding } from '../../../../src/core/model/lsa.ts';
import { topicSimilarity, topicSpace } from '../../../../src/core/model/topic-space.ts';

const embedding = (rows: number[][]): Embedding => ({
  rows: rows.map((r) => Float64Array.from(r)),
  dimensions: rows[0].length,
  singularValues: [],
});

describe('topicSpace', () => {
  it('keeps the leading dimensions and makes rows unit length', () => {
    const e = embedding([
      [3, 4, 100],
      [0, 2, -100],
    ]);
    const space = topicSpace(e, emptyRows(2, 1), { dimensions: 2 });
    expect(space.dimensions).toBe(2);
    expect([...space.data]).toEqual([0.6, 0.8, 0, 1]);
  });

  it('moves a paper towards its sparse neighbours, weighted by their cosine', () => {
    const e = embedding([
      [1, 0],
      [0, 1],
      [0, 1],
    ]);
    const sparse = emptyRows(3, 1);
    offer(sparse, 0, 1, 1);
    const space = topicSpace(e, sparse, { dimensions: 2 });
    // Paper 0 now sits halfway between its own topic and its neighbour's.
    expect(topicSimilarity(space, 0, 2)).toBeCloseTo(Math.SQRT1_2, 10);
    expect(topicSimilarity(space, 1, 2)).toBe(1);
    const weak = emptyRows(3, 1);
    offer(weak, 0, 1, 0.2);
    expect(topicSimilarity(topicSpace(e, weak, { dimensions: 2 }), 0, 2)).toBeLessThan(0.2);
  });

  it('uses at most `expansion` neighbours and clamps similarity to [0, 1]', () => {
    const e = embedding([
      [1, 0],
      [0, 1],
      [-1, 0],
    ]);
    const sparse = emptyRows(3, 2);
    offer(sparse, 0, 1, 1);
    offer(sparse, 0, 2, 0.5);
    const one = topicSpace(e, sparse, { dimensions: 2, expansion: 1 });
    expect(topicSimilarity(one, 0, 1)).toBeCloseTo(Math.SQRT1_2, 10);
    expect(topicSimilarity(one, 1, 2)).toBe(0);
  });
});
