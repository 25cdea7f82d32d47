// The neighbour graph: each paper linked to the papers most similar to it (cosine of TF-IDF
// vectors), with the shared terms that explain each link. The k-NN search itself is in
// knn-kernel.ts, which can run in parts (workers); this module turns its lists into edges.

import type { SparseVector } from '../types.ts';
import { mergeNeighbourRows, nearestNeighbours, type NeighbourRows } from './knn-kernel.ts';
import { createTermRedundancy } from './shared-terms.ts';
import { sparseDot } from './vectors.ts';

export interface NeighbourEdge {
  source: number;
  target: number;
  /** Cosine similarity of the two papers' TF-IDF vectors, in (0, 1], rounded to 4 decimals. */
  weight: number;
  /** Readable shared terms that contribute most to the similarity, best first. */
  shared: string[];
}

export interface NeighbourGraphOptions {
  /** At most this many shared terms per edge. */
  maxShared?: number;
  /** Which features may be listed as shared terms (buildVectors' `explainable`); default all. */
  explainable?: readonly boolean[];
}

/**
 * Turns neighbour lists (one nearestNeighbours call over all rows, or several over ranges) into
 * undirected edges: deduplicated, source < target, sorted by (source, target), the weight
 * recomputed once per pair so that it does not depend on which side found the link.
 */
export function neighbourEdges(
  vectors: readonly SparseVector[],
  features: readonly string[],
  parts: readonly NeighbourRows[],
  options: NeighbourGraphOptions = {},
): NeighbourEdge[] {
  const n = vectors.length;
  const rows = mergeNeighbourRows(parts);
  const pairs = new Set<number>();
  for (let i = 0; i < n; i++)
    for (let r = 0; r < rows.k; r++) {
      const j = rows.neighbours[i * rows.k + r];
      if (j < 0) break;
      if (j !== i) pairs.add(Math.min(i, j) * n + Math.max(i, j));
    }
  const sharedTerms = createTermRedundancy(features, options.maxShared ?? 5, options.explainable);
  const edges: NeighbourEdge[] = [];
  for (const key of [...pairs].sort((a, b) => a - b)) {
    const source = Math.floor(key / n);
    const target = key - source * n;
    const cosine = sparseDot(vectors[source], vectors[target]);
    if (!(cosine > 0)) continue;
    edges.push({
      source,
      target,
      weight: Math.min(1, Math.max(1e-4, Math.round(cosine * 1e4) / 1e4)),
      shared: sharedTerms(vectors[source], vectors[target]),
    });
  }
  return edges;
}

/** Links each paper to its k most similar papers (and to papers that chose it). */
export function buildNeighbourGraph(
  vectors: readonly SparseVector[],
  features: readonly string[],
  k = 8,
  options: NeighbourGraphOptions = {},
): NeighbourEdge[] {
  if (!(Number.isInteger(k) && k >= 1))
    throw new Error('papermap neighbours: k must be a positive integer.');
  return neighbourEdges(vectors, features, [nearestNeighbours(vectors, k)], options);
}
