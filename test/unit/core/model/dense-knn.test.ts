import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  denseNearestNeighbours,
  densePairRanges,
  packRows,
} from '../../../../src/core/model/dense-knn.ts';
import { mergeNeighbourRows, type NeighbourRows } from '../../../../src/core/model/knn-kernel.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

function unitRows(n: number, d: number, seed: number): Float64Array[] {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => {
    const row = Float64Array.from({ length: d }, () => random() * 2 - 0.5);
    const norm = Math.hypot(...row);
    return row.map((v) => v / norm);
  });
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, t) => s + v * b[t], 0);

function lists(rows: NeighbourRows): number[][] {
  const n = rows.neighbours.length / rows.k;
  return Array.from({ length: n }, (_, i) =>
    [...rows.neighbours.slice(i * rows.k, (i + 1) * rows.k)].filter((j) => j >= 0),
  );
}

describe('denseNearestNeighbours', () => {
  it('finds each row its k most similar rows with positive similarity, best first', () => {
    const rows = unitRows(40, 6, 3);
    const found = lists(denseNearestNeighbours(packRows(rows), 5));
    rows.forEach((a, i) => {
      const expected = rows
        .map((b, j) => ({ j, s: j === i ? -Infinity : dot(a, b) }))
        .filter((e) => e.s > 0)
        .sort((x, y) => y.s - x.s || x.j - y.j)
        .slice(0, 5)
        .map((e) => e.j);
      expect(found[i]).toEqual(expected);
    });
  });

  it('gives the same lists when split into row ranges and merged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 4 }), (n, parts) => {
        const packed = packRows(unitRows(n, 4, n));
        const whole = denseNearestNeighbours(packed, 3);
        const ranges = densePairRanges(n, parts);
        expect(ranges[0][0]).toBe(0);
        expect(ranges.at(-1)![1]).toBe(n);
        const merged = mergeNeighbourRows(
          ranges.map(([a, b]) => denseNearestNeighbours(packed, 3, a, b)),
        );
        expect(lists(merged)).toEqual(lists(whole));
      }),
    );
  });

  it('breaks ties towards the lower index and never links rows that point apart', () => {
    const same = Float64Array.from([1, 0]);
    const opposite = Float64Array.from([-1, 0]);
    const found = lists(denseNearestNeighbours(packRows([same, same, same, opposite]), 1));
    expect(found).toEqual([[1], [0], [0], []]);
  });
});
