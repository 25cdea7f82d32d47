import { describe, expect, it } from 'vitest';
import {
  emptyRows,
  mergeNeighbourRows,
  offer,
  type NeighbourRows,
} from '../../../../src/core/model/knn-kernel.ts';
import { topicNeighbours } from '../../../../src/core/model/topic-neighbours.ts';
import { packRows } from '../../../../src/core/model/topic-space.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

function lists(rows: NeighbourRows): number[][] {
  const n = rows.neighbours.length / rows.k;
  return Array.from({ length: n }, (_, i) =>
    [...rows.neighbours.slice(i * rows.k, (i + 1) * rows.k)].filter((j) => j >= 0),
  );
}

/** A sparse graph as neighbour rows: each paper's list, scores falling with rank. */
function sparseRows(adjacency: number[][], k: number): NeighbourRows {
  const rows = emptyRows(adjacency.length, k);
  adjacency.forEach((list, i) => list.forEach((j, r) => offer(rows, i, j, 1 - r / 10)));
  return rows;
}

describe('topicNeighbours', () => {
  it('ranks the papers within two sparse steps by topic-space cosine', () => {
    // A chain 0-1-2-3 on the sparse graph; in the topic space 0 is closest to 2, then 1; 3 is
    // three steps away from 0 and never a candidate, however close.
    const space = packRows([
      [1, 0],
      [0.6, 0.8],
      [0.8, 0.6],
      [1, 0],
    ]);
    const sparse = sparseRows([[1], [0, 2], [1, 3], [2]], 2);
    const found = lists(topicNeighbours(space, sparse, 2));
    expect(found[0]).toEqual([2, 1]);
    expect(found[0]).not.toContain(3);
    expect(found[3]).toEqual([2, 1]);
  });

  it('finds the exact neighbours when every paper is within reach', () => {
    const random = createRandom(5);
    const n = 30;
    const rows = Array.from({ length: n }, () => {
      const v = Array.from({ length: 5 }, () => random());
      const norm = Math.hypot(...v);
      return v.map((x) => x / norm);
    });
    const all = sparseRows(
      rows.map((_, i) => rows.map((__, j) => j).filter((j) => j !== i)),
      n - 1,
    );
    const found = lists(topicNeighbours(packRows(rows), all, 4));
    rows.forEach((a, i) => {
      const exact = rows
        .map((b, j) => ({ j, s: j === i ? -Infinity : a.reduce((t, x, q) => t + x * b[q], 0) }))
        .sort((x, y) => y.s - x.s || x.j - y.j)
        .slice(0, 4)
        .map((e) => e.j);
      expect(found[i]).toEqual(exact);
    });
  });

  it('gives the same lists over row ranges, merged', () => {
    const space = packRows([
      [1, 0],
      [0.9, 0.1],
      [0.5, 0.5],
      [0.1, 0.9],
      [0, 1],
    ]);
    const sparse = sparseRows([[1, 2], [0, 2], [1, 3], [2, 4], [3]], 2);
    const whole = topicNeighbours(space, sparse, 3);
    const parts = mergeNeighbourRows([
      topicNeighbours(space, sparse, 3, 0, 2),
      topicNeighbours(space, sparse, 3, 2, 5),
    ]);
    expect(lists(parts)).toEqual(lists(whole));
  });
});
