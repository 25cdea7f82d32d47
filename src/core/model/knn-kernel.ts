// The exact cosine k-nearest-neighbour kernel over sparse TF-IDF vectors, written to be split:
// a range of rows per call, pure, typed arrays in and out (cheap to move between workers), and
// a merge that makes the split invisible in the result.

import type { SparseVector } from '../types.ts';

/** Postings per feature: the documents containing it and their weights, by ascending document. */
export interface InvertedIndex {
  offsets: Int32Array;
  docs: Int32Array;
  values: Float64Array;
}

/**
 * Candidate neighbour lists for every paper: k slots per row (best first, -1 where empty) and
 * their cosine scores. A partial result (from a range of rows) holds the best pairs it saw.
 */
export interface NeighbourRows {
  k: number;
  neighbours: Int32Array;
  scores: Float64Array;
}

export function buildInvertedIndex(vectors: readonly SparseVector[]): InvertedIndex {
  let featureCount = 0;
  for (const v of vectors)
    for (const f of v.indices) if (f + 1 > featureCount) featureCount = f + 1;
  const offsets = new Int32Array(featureCount + 1);
  for (const v of vectors) for (const f of v.indices) offsets[f + 1]++;
  for (let f = 0; f < featureCount; f++) offsets[f + 1] += offsets[f];
  const fill = offsets.slice(0, featureCount);
  const docs = new Int32Array(offsets[featureCount]);
  const values = new Float64Array(offsets[featureCount]);
  vectors.forEach((v, d) => {
    for (let e = 0; e < v.indices.length; e++) {
      const p = fill[v.indices[e]]++;
      docs[p] = d;
      values[p] = v.values[e];
    }
  });
  return { offsets, docs, values };
}

export function emptyRows(n: number, k: number): NeighbourRows {
  return { k, neighbours: new Int32Array(n * k).fill(-1), scores: new Float64Array(n * k) };
}

/** Offers candidate j with score s to row i's sorted list: best first, ties to the lower index. */
export function offer(rows: NeighbourRows, i: number, j: number, s: number) {
  const { k, neighbours, scores } = rows;
  const o = i * k;
  const last = o + k - 1;
  if (neighbours[last] >= 0 && (s < scores[last] || (s === scores[last] && j > neighbours[last])))
    return;
  let pos = last;
  while (
    pos > o &&
    (neighbours[pos - 1] < 0 ||
      scores[pos - 1] < s ||
      (scores[pos - 1] === s && neighbours[pos - 1] > j))
  ) {
    neighbours[pos] = neighbours[pos - 1];
    scores[pos] = scores[pos - 1];
    pos--;
  }
  neighbours[pos] = j;
  scores[pos] = s;
}

/** First position in sorted postings [lo, hi) holding a document greater than d. */
function after(docs: Int32Array, lo: number, hi: number, d: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each pair (i, j) with i in [rowStart, rowEnd) and j > i is scored once, by accumulating over
 * the postings of i's features after i (only papers sharing a feature are touched, and each pair
 * costs half of a row-by-row scan), then offered to both papers' lists. Calls over ranges that
 * cover 0..n, merged with mergeNeighbourRows, equal one call over all rows. Vectors must have
 * non-negative values (TF-IDF), so a touched paper's score is never back at exactly 0.
 */
export function nearestNeighbours(
  vectors: readonly SparseVector[],
  k: number,
  rowStart = 0,
  rowEnd = vectors.length,
  index: InvertedIndex = buildInvertedIndex(vectors),
): NeighbourRows {
  const n = vectors.length;
  const rows = emptyRows(n, k);
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const { offsets, docs, values: weights } = index;
  for (let i = rowStart; i < rowEnd; i++) {
    const { indices, values } = vectors[i];
    let count = 0;
    for (let e = 0; e < indices.length; e++) {
      const f = indices[e];
      const x = values[e];
      const end = offsets[f + 1];
      for (let p = after(docs, offsets[f], end, i); p < end; p++) {
        const j = docs[p];
        if (acc[j] === 0) touched[count++] = j;
        acc[j] += x * weights[p];
      }
    }
    for (let t = 0; t < count; t++) {
      const j = touched[t];
      const s = acc[j];
      acc[j] = 0;
      offer(rows, i, j, s);
      offer(rows, j, i, s);
    }
  }
  return rows;
}

/** Merges partial neighbour lists (from ranges of rows) into one: each row's best k overall. */
export function mergeNeighbourRows(parts: readonly NeighbourRows[]): NeighbourRows {
  if (parts.length === 1) return parts[0];
  const k = parts[0]?.k ?? 0;
  const n = k > 0 ? parts[0].neighbours.length / k : 0;
  const merged = emptyRows(n, k);
  for (const part of parts)
    for (let i = 0; i < n; i++)
      for (let r = 0; r < k; r++) {
        const j = part.neighbours[i * k + r];
        if (j < 0) break;
        offer(merged, i, j, part.scores[i * k + r]);
      }
  return merged;
}

/**
 * Row ranges that split the kernel's work into `parts` near-equal shares: early rows have more
 * pairs j > i to score, so equal row counts would leave one worker with most of the work.
 */
export function balancedRowRanges(
  vectors: readonly SparseVector[],
  parts: number,
): [number, number][] {
  const { offsets } = buildInvertedIndex(vectors);
  const seen = new Int32Array(offsets.length);
  const work = vectors.map((v) => {
    let w = 1;
    for (const f of v.indices) w += offsets[f + 1] - offsets[f] - ++seen[f];
    return w;
  });
  const total = work.reduce((a, b) => a + b, 0);
  const ranges: [number, number][] = [];
  let start = 0;
  let sum = 0;
  for (let i = 0; i < vectors.length && ranges.length < parts - 1; i++) {
    sum += work[i];
    if (sum >= (total * (ranges.length + 1)) / parts) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  ranges.push([start, vectors.length]);
  return ranges;
}
