// Topic clusters: k-means (ml-kmeans, k-means++ seeding) on unit-length LSA embeddings, best of
// several seeded restarts, then refined along the neighbour graph (see refine.ts), with cluster
// ids renumbered so that they do not depend on the restart. On arxiv10 (k = 10) this scores
// NMI ~0.70 against ~0.67 for k-means alone.

import type { SparseVector } from '../types.ts';
import {
  chooseClusterCount,
  clusterCountRange,
  largestShare,
  modularity,
  pickClusterCount,
} from './cluster-count.ts';
import { lsaEmbed, type Embedding } from './lsa.ts';
import { createRandom, deriveSeed, sampleIndices } from './random.ts';
import { bestKmeansBatch, flatPoints, type KmeansRunner } from './kmeans-runs.ts';
import { refineWithNeighbours, type WeightedEdge } from './refine.ts';

export interface ClusterOptions {
  /** A number of clusters, or 'auto' to choose one from the data (the default). */
  k?: number | 'auto';
  seed: number;
  /** k-means runs from different seeded starts; the one with the lowest inertia wins. */
  restarts?: number;
  maxIterations?: number;
  /** LSA dimensions when sparse vectors are given. */
  dimensions?: number;
  /**
   * The papers' neighbour graph (buildNeighbourGraph's edges). When given, the k-means partition
   * is refined so that clusters also keep neighbours together; without it, the refinement uses
   * centroids alone (spherical k-means).
   */
  neighbours?: readonly WeightedEdge[];
  /**
   * Runs k-means restarts elsewhere (worker threads); see `KmeansRunner`. Without it, or when it
   * declines, they run here. The clustering is the same either way.
   */
  runKmeans?: KmeansRunner;
}

export interface Clustering {
  /** Cluster id per paper: 0 is the largest cluster. */
  assignments: number[];
  /** Number of clusters actually used (empty clusters are dropped). */
  k: number;
}

/**
 * Up to this many papers, 'auto' clusters the whole corpus at every k it tries (restarts and all)
 * and keeps the chosen clustering; larger corpora choose k on a sample, then cluster once.
 */
const WHOLE_CHOICE_LIMIT = 500;

/**
 * Above this many papers k-means (restarts and all) runs on a seeded sample of this size and
 * every paper starts in its nearest sample centroid; the refinement over all papers follows. A
 * sample this large places 20 centroids as well as the whole corpus does, at a fixed cost.
 */
const KMEANS_SAMPLE_SIZE = 20000;

type Points = readonly SparseVector[] | readonly ArrayLike<number>[];

/** Best-of-restarts k-means on all points, or on a seeded sample above KMEANS_SAMPLE_SIZE. */
async function kmeansAssignments(
  data: number[][],
  k: number,
  seed: number,
  restarts: number,
  maxIterations: number,
  runKmeans?: KmeansRunner,
): Promise<number[]> {
  const sampled = data.length > KMEANS_SAMPLE_SIZE;
  const rows = sampled
    ? sampleIndices(data.length, KMEANS_SAMPLE_SIZE, createRandom(deriveSeed(seed, 11))).map(
        (i) => data[i],
      )
    : data;
  const [found] = await bestKmeansBatch(
    flatPoints(rows),
    [{ k, seed }],
    restarts,
    maxIterations,
    runKmeans,
  );
  return sampled ? nearestSampleCentroids(data, rows, found.assignments, k) : found.assignments;
}

/** Every point's nearest centroid of the sample's clusters. */
function nearestSampleCentroids(
  data: number[][],
  rows: number[][],
  found: readonly number[],
  k: number,
): number[] {
  const d = data[0].length;
  const centroids = Array.from({ length: k }, () => new Float64Array(d));
  const sizes = new Array<number>(k).fill(0);
  found.forEach((c, s) => {
    sizes[c]++;
    const row = rows[s];
    for (let t = 0; t < d; t++) centroids[c][t] += row[t];
  });
  centroids.forEach((m, c) => {
    if (sizes[c] > 0) for (let t = 0; t < d; t++) m[t] /= sizes[c];
  });
  return data.map((row) => {
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue;
      const m = centroids[c];
      let s = 0;
      for (let t = 0; t < d; t++) s += (row[t] - m[t]) ** 2;
      if (s < bestDistance) [best, bestDistance] = [c, s];
    }
    return best;
  });
}

const isSparse = (p: Points): p is readonly SparseVector[] =>
  p.length > 0 && 'indices' in (p[0] as object);

/**
 * The papers' LSA embedding (seeded from `seed`), not normalised: its leading dimensions are
 * those of a smaller LSA, which the neighbour search uses (topic-space.ts).
 */
export function embedPapers(
  vectors: readonly SparseVector[],
  seed: number,
  dimensions = 100,
): Embedding {
  let featureCount = 0;
  for (const v of vectors) for (const f of v.indices) featureCount = Math.max(featureCount, f + 1);
  return lsaEmbed(vectors, featureCount, {
    dimensions,
    seed: deriveSeed(seed, 101),
    normalize: false,
  });
}

/** Unit-length rows: k-means' Euclidean distance then acts like cosine. */
export function unitRows(embedding: Embedding): number[][] {
  return embedding.rows.map((row) => {
    let norm = 0;
    for (let t = 0; t < row.length; t++) norm += row[t] * row[t];
    norm = Math.sqrt(norm);
    return Array.from(row, (v) => (norm > 0 ? v / norm : v));
  });
}

/**
 * The dense points k-means works on: unit-length LSA embeddings of sparse vectors, or dense rows
 * as given.
 */
export function clusteringPoints(points: Points, seed: number, dimensions = 100): number[][] {
  if (!isSparse(points)) return points.map((row) => Array.from(row));
  return unitRows(embedPapers(points, seed, dimensions));
}

/** Distinct rows: k-means++ cannot place more centres than there are distinct points. */
function countDistinct(data: number[][], cap: number): number {
  const seen = new Set<string>();
  for (const row of data) {
    seen.add(row.join(','));
    if (seen.size >= cap) break;
  }
  return seen.size;
}

/** Renumbers clusters by size (largest first), ties by their smallest member's index. */
export function renumberClusters(assignments: readonly number[]): Clustering {
  const info = new Map<number, { size: number; first: number }>();
  assignments.forEach((c, i) => {
    const e = info.get(c);
    if (e) e.size++;
    else info.set(c, { size: 1, first: i });
  });
  const order = [...info.entries()].sort(
    (a, b) => b[1].size - a[1].size || a[1].first - b[1].first,
  );
  const id = new Map(order.map(([c], rank) => [c, rank]));
  return { assignments: assignments.map((c) => id.get(c)!), k: order.length };
}

/**
 * Clusters papers from their TF-IDF vectors (embedded with LSA first) or from dense embeddings
 * (used as given). Deterministic for a given seed.
 */
export async function clusterPapers(points: Points, options: ClusterOptions): Promise<Clustering> {
  const { seed } = options;
  const n = points.length;
  // Restarts buy stability: on arxiv10, 8 left one seed in 12 at NMI 0.63 (the rest ~0.70), 20
  // none below 0.687. Each costs ~0.5 s at 10k papers, where fewer must do.
  const restarts =
    options.restarts ?? Math.max(3, Math.min(20, Math.round(40000 / Math.max(n, 1))));
  const maxIterations = options.maxIterations ?? 100;
  if (n === 0) return { assignments: [], k: 0 };
  const data = clusteringPoints(points, seed, options.dimensions ?? 100);
  const distinct = countDistinct(data, 1000);
  const requested = options.k ?? 'auto';
  if (requested !== 'auto' && !(Number.isInteger(requested) && requested >= 1))
    throw new Error("papermap clusters: k must be a positive integer or 'auto'.");
  const edges = options.neighbours ?? [];
  const clusterAt = async (k: number) => {
    const raw = await kmeansAssignments(data, k, seed, restarts, maxIterations, options.runKmeans);
    return refineWithNeighbours(data, raw, k, edges, {
      centroidWeight: edges.length > 0 ? 0.8 : 1,
      // Each round costs n k d; on large maps the first rounds move almost every paper that
      // will move.
      maxRounds: n > KMEANS_SAMPLE_SIZE ? 10 : 20,
    });
  };
  if (requested === 'auto' && n <= WHOLE_CHOICE_LIMIT && edges.length > 0) {
    // A small corpus is cheap to cluster whole at every k: each clustering is scored on the
    // neighbour graph the map shows, and the chosen one is the result.
    const [minK, hi] = clusterCountRange(n);
    const maxK = Math.min(hi, distinct, n - 1);
    if (maxK < minK) return { assignments: data.map(() => 0), k: 1 };
    const clusterings = new Map<number, number[]>();
    const scores = [];
    for (let k = minK; k <= maxK; k++) {
      const a = await clusterAt(k);
      clusterings.set(k, a);
      scores.push({ k, score: modularity(edges, a, k), largestShare: largestShare(a, k) });
    }
    return renumberClusters(clusterings.get(pickClusterCount(scores))!);
  }
  const k =
    requested === 'auto'
      ? (await chooseClusterCount(data, { seed, maxK: distinct, runKmeans: options.runKmeans })).k
      : Math.min(requested, distinct);
  if (k <= 1) return { assignments: data.map(() => 0), k: 1 };
  return renumberClusters(await clusterAt(k));
}
