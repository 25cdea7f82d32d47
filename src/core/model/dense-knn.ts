// The exact k-nearest-neighbour kernel over dense unit-length rows (dot product = cosine), in the
// same shape as the sparse kernel (knn-kernel.ts): a range of rows per call, typed arrays in and
// out, partial results merged with mergeNeighbourRows, so it can be split across workers.

import { emptyRows, offer, type NeighbourRows } from './knn-kernel.ts';

/** Rows packed into one Float64Array (row-major): the inner loop then stays in one array. */
export interface PackedRows {
  rows: number;
  dimensions: number;
  data: Float64Array;
}

export function packRows(rows: readonly ArrayLike<number>[]): PackedRows {
  const dimensions = rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * dimensions);
  rows.forEach((row, r) => data.set(row, r * dimensions));
  return { rows: rows.length, dimensions, data };
}

/**
 * Each pair (i, j) with i in [rowStart, rowEnd) and j > i is scored once and offered to both
 * rows' lists; ties go to the lower index. Pairs with a score at or below zero are not offered:
 * they are not neighbours, whatever k asks for.
 */
export function denseNearestNeighbours(
  packed: PackedRows,
  k: number,
  rowStart = 0,
  rowEnd = packed.rows,
): NeighbourRows {
  const { rows: n, dimensions: d, data } = packed;
  const out = emptyRows(n, k);
  for (let i = rowStart; i < rowEnd; i++) {
    const a = i * d;
    for (let j = i + 1; j < n; j++) {
      const b = j * d;
      let s = 0;
      for (let t = 0; t < d; t++) s += data[a + t] * data[b + t];
      if (!(s > 0)) continue;
      offer(out, i, j, s);
      offer(out, j, i, s);
    }
  }
  return out;
}

/** Row ranges with near-equal pair counts: row i scores n - 1 - i pairs. */
export function densePairRanges(n: number, parts: number): [number, number][] {
  const total = (n * (n - 1)) / 2;
  const ranges: [number, number][] = [];
  let start = 0;
  let sum = 0;
  for (let i = 0; i < n && ranges.length < parts - 1; i++) {
    sum += n - 1 - i;
    if (sum >= (total * (ranges.length + 1)) / parts) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  ranges.push([start, n]);
  return ranges;
}
