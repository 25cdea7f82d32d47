// The neighbour graph: each paper linked to the papers most similar to it, with the shared terms
// that explain each link. The k-NN searches themselves are in knn-kernel.ts (sparse TF-IDF) and
// dense-knn.ts (the topic space, see topic-space.ts), which can run in parts (workers); this
// module turns their lists into edges.

import type { SparseVector } from '../types.ts';
import { mergeNeighbourRows, nearestNeighbours, type NeighbourRows } from './knn-kernel.ts';
import { createTermRedundancy } from './shared-terms.ts';
import { sparseDot } from './vectors.ts';

export interface NeighbourEdge {
  source: number;
  target: number;
  /** The two papers' similarity (see `similarity`), in (0, 1], rounded to 4 decimals. */
  weight: number;
  /** Readable shared terms that contribute most to the similarity, best first. */
  shared: string[];
}

export interface NeighbourGraphOptions {
  /** At most this many shared terms per edge. */
  maxShared?: number;
  /** Which features may be listed as shared terms (buildVectors' `explainable`); default all. */
  explainable?: readonly boolean[];
  /**
   * A link's weight: the similarity the neighbours were chosen by (topicSimilarity), in [0, 1].
   * Defaults to the cosine of the sparse vectors.
   */
  similarity?: (source: number, target: number) => number;
  /**
   * Neighbours kept per paper from its list (default: all). With `explained`, lists longer than
   * this leave room to pass over candidates that cannot be explained.
   */
  keep?: number;
  /**
   * Link only papers that share at least one explainable term, so that every link can say why:
   * a topic-space neighbour that shares no word with the paper is passed over for the next one.
   */
  explained?: boolean;
  /** A shared term as the two papers write it (see termForms); by default as the corpus does. */
  termText?: (feature: number, source: number, target: number) => string;
  /** Whether a feature may explain a link of this paper (see bound-terms.ts); default all. */
  standsAlone?: (feature: number, paper: number) => boolean;
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
  const keep = Math.min(options.keep ?? rows.k, rows.k);
  const sharedTerms = createTermRedundancy(features, options.maxShared ?? 5, options.explainable);
  const similarity =
    options.similarity ?? ((i: number, j: number) => sparseDot(vectors[i], vectors[j]));
  // Shared terms per pair, computed once: both papers' lists may hold the pair.
  const explained = new Map<number, string[]>();
  const termsOf = (key: number) => {
    let terms = explained.get(key);
    if (!terms) {
      const source = Math.floor(key / n);
      const target = key - source * n;
      const { termText, standsAlone } = options;
      terms = sharedTerms(
        vectors[source],
        vectors[target],
        termText && ((f) => termText(f, source, target)),
        standsAlone && ((f) => standsAlone(f, source) && standsAlone(f, target)),
      );
      explained.set(key, terms);
    }
    return terms;
  };
  const pairs = new Set<number>();
  for (let i = 0; i < n; i++)
    for (let r = 0, kept = 0; r < rows.k && kept < keep; r++) {
      const j = rows.neighbours[i * rows.k + r];
      if (j < 0) break;
      if (j === i) continue;
      const key = Math.min(i, j) * n + Math.max(i, j);
      if (options.explained && termsOf(key).length === 0) continue;
      pairs.add(key);
      kept++;
    }
  const edges: NeighbourEdge[] = [];
  for (const key of [...pairs].sort((a, b) => a - b)) {
    const source = Math.floor(key / n);
    const target = key - source * n;
    const cosine = similarity(source, target);
    if (!(cosine > 0)) continue;
    edges.push({
      source,
      target,
      weight: Math.min(1, Math.max(1e-4, Math.round(cosine * 1e4) / 1e4)),
      shared: termsOf(key),
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
