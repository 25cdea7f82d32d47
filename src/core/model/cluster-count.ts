// Choosing the number of clusters. For each k in a range scaled to the corpus, the clustering of
// a deterministic sample is scored by its modularity on the sample's own nearest-neighbour graph:
// a good k keeps neighbours together without lumping unrelated papers. (Silhouette was tried
// first: on abstracts it rises with k all the way to the top of the range.)

import { bestKmeansBatch, flatPoints, type KmeansRunner } from './kmeans-runs.ts';
import { createRandom, deriveSeed, sampleIndices } from './random.ts';
import { refineWithNeighbours, type WeightedEdge } from './refine.ts';

export interface ClusterCountOptions {
  seed: number;
  minK?: number;
  /** Upper bound from the caller (e.g. the number of distinct points). */
  maxK?: number;
  /** Points used for the choice; larger corpora are sampled. */
  sampleSize?: number;
  restarts?: number;
  /** See `pickClusterCount`. */
  maxShare?: number;
  /** Runs the k-means restarts of every k elsewhere (worker threads); see `KmeansRunner`. */
  runKmeans?: KmeansRunner;
}

export interface ClusterCountScore {
  k: number;
  /** Modularity of the clustering on the neighbour graph. */
  score: number;
  /** Share of the papers in its largest cluster. */
  largestShare: number;
}

export interface ClusterCountChoice {
  k: number;
  scores: ClusterCountScore[];
}

/**
 * A region holding this share of the map or more is a catch-all, not a topic (on the default
 * map, k = 4 joined optimisation theory, SGD, sparse recovery and DAG estimation in 21 of 47).
 */
export const MAX_CLUSTER_SHARE = 0.4;

/** Share of the papers in the largest cluster. */
export function largestShare(assignments: readonly number[], k: number): number {
  const sizes = new Array<number>(k).fill(0);
  for (const c of assignments) sizes[c]++;
  return Math.max(...sizes) / Math.max(1, assignments.length);
}

/**
 * The most modular k among those whose largest cluster stays under `maxShare` (among all, if
 * none does); on a tie the smaller k, the simpler map.
 */
export function pickClusterCount(
  scores: readonly ClusterCountScore[],
  maxShare = MAX_CLUSTER_SHARE,
): number {
  const balanced = scores.filter((s) => s.largestShare < maxShare);
  return (balanced.length > 0 ? balanced : scores).reduce((a, b) => (b.score > a.score ? b : a)).k;
}

/** The range of k worth trying for n papers: a map needs a handful of regions, not hundreds. */
export function clusterCountRange(n: number): [number, number] {
  return [2, Math.max(2, Math.min(20, Math.floor(Math.sqrt(n)) + 3))];
}

/** Undirected k-nearest-neighbour edges by dot product (cosine for unit rows), brute force. */
export function denseNeighbourEdges(rows: readonly number[][], k: number): WeightedEdge[] {
  const n = rows.length;
  const pairs = new Map<number, number>();
  const top = Math.min(k, n - 1);
  const best = new Int32Array(top);
  const bestSim = new Float64Array(top);
  for (let i = 0; i < n; i++) {
    const a = rows[i];
    let filled = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const b = rows[j];
      let s = 0;
      for (let t = 0; t < a.length; t++) s += a[t] * b[t];
      // Sorted insertion into the best `top`; j ascends, so ties keep the lower index first.
      if (filled === top && !(s > bestSim[top - 1])) continue;
      let pos = filled < top ? filled++ : top - 1;
      while (pos > 0 && bestSim[pos - 1] < s) {
        best[pos] = best[pos - 1];
        bestSim[pos] = bestSim[pos - 1];
        pos--;
      }
      best[pos] = j;
      bestSim[pos] = s;
    }
    for (let r = 0; r < filled; r++)
      if (bestSim[r] > 0) pairs.set(Math.min(i, best[r]) * n + Math.max(i, best[r]), bestSim[r]);
  }
  return [...pairs.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([key, weight]) => ({ source: Math.floor(key / n), target: key % n, weight }));
}

/** Newman's modularity of a partition on a weighted undirected graph. */
export function modularity(
  edges: readonly WeightedEdge[],
  labels: readonly number[],
  k: number,
): number {
  const degree = new Float64Array(k);
  let total = 0;
  let inside = 0;
  for (const e of edges) {
    total += e.weight;
    degree[labels[e.source]] += e.weight;
    degree[labels[e.target]] += e.weight;
    if (labels[e.source] === labels[e.target]) inside += e.weight;
  }
  if (total === 0) return 0;
  let q = inside / total;
  for (let c = 0; c < k; c++) q -= (degree[c] / (2 * total)) ** 2;
  return q;
}

export async function chooseClusterCount(
  data: number[][],
  options: ClusterCountOptions,
): Promise<ClusterCountChoice> {
  const n = data.length;
  const [lo, hi] = clusterCountRange(n);
  const minK = Math.max(options.minK ?? lo, 2);
  const maxK = Math.min(options.maxK ?? hi, hi, n - 1);
  if (maxK < minK) return { k: Math.max(1, Math.min(n, maxK)), scores: [] };
  const sample = sampleIndices(
    n,
    options.sampleSize ?? 1000,
    createRandom(deriveSeed(options.seed, 7)),
  );
  const points = sample.map((i) => data[i]);
  const m = points.length;
  // Neighbourhoods and restarts scale with the sample: 10 neighbours would tie a 47-paper corpus
  // into one lump, and small samples are cheap enough to afford the restarts that steady k-means.
  const edges = denseNeighbourEdges(points, Math.max(5, Math.min(10, Math.round(Math.log2(m)))));
  const restarts = options.restarts ?? Math.max(2, Math.min(10, Math.round(3000 / m)));
  // The k-means runs of every k are independent: one batch, which a runner may spread over cores.
  const ks = Array.from({ length: maxK - minK + 1 }, (_, i) => minK + i);
  const found = await bestKmeansBatch(
    flatPoints(points),
    ks.map((k) => ({ k, seed: deriveSeed(options.seed, 1000 + k) })),
    restarts,
    100,
    options.runKmeans,
  );
  const scores: ClusterCountScore[] = ks.map((k, i) => {
    const refined = refineWithNeighbours(points, found[i].assignments, k, edges, { maxRounds: 10 });
    return {
      k,
      score: modularity(edges, refined, k),
      largestShare: largestShare(refined, k),
    };
  });
  return { k: pickClusterCount(scores, options.maxShare), scores };
}
