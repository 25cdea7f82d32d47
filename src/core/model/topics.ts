// Topics at two levels: each cluster big enough to have parts is split into sub-topics with the
// same machinery as the clusters (seeded k-means on the unit LSA rows, refined along the
// neighbour graph), the number of parts chosen by modularity on a graph of the members' nearest
// neighbours. Clusters too small to have parts are left whole, so a small map may have none.

import {
  denseNeighbourEdges,
  largestShare,
  modularity,
  pickClusterCount,
} from './cluster-count.ts';
import { bestKmeans } from './kmeans-runs.ts';
import { createRandom, deriveSeed, sampleIndices } from './random.ts';
import { refineWithNeighbours, type WeightedEdge } from './refine.ts';
import { renumberClusters } from './clusters.ts';

export interface TopicOptions {
  seed: number;
  /** Clusters smaller than this are not split: two parts of three papers name nothing. */
  minClusterSize?: number;
  /** Smallest sub-topic worth a name. */
  minTopicSize?: number;
  /** Most sub-topics per cluster: a legend entry should open onto a short list. */
  maxTopics?: number;
  /** Members of a large cluster on which the number of its parts is chosen. */
  sampleSize?: number;
}

export const DEFAULT_TOPIC_OPTIONS: Required<Omit<TopicOptions, 'seed'>> = {
  minClusterSize: 8,
  minTopicSize: 3,
  maxTopics: 6,
  sampleSize: 300,
};

export interface SubTopic {
  /** Unique across the map: clusters in id order, each cluster's topics largest first. */
  id: number;
  cluster: number;
  /** Paper indices, ascending. */
  members: number[];
}

export interface Topics {
  topics: SubTopic[];
  /** Topic id per paper, or null when its cluster has no sub-topics. */
  topicOf: (number | null)[];
}

/** Neighbours per paper in a cluster's inner graph: a handful, growing slowly with its size. */
const innerNeighbours = (size: number) => Math.max(3, Math.min(10, Math.round(Math.log2(size))));

/** Local k-means, refined along a graph; null when a part is too small or k collapsed. */
function splitAt(
  rows: readonly number[][],
  k: number,
  edges: readonly WeightedEdge[],
  seed: number,
  minTopicSize: number,
): number[] | null {
  // Restarts steady k-means on a few hundred rows and cost too much on thousands.
  const restarts = Math.max(3, Math.min(10, Math.round(1500 / rows.length)));
  const raw = bestKmeans(rows as number[][], k, deriveSeed(seed, k), restarts, 100).assignments;
  const refined = renumberClusters(
    refineWithNeighbours(rows, raw, k, edges, { centroidWeight: 0.8 }),
  );
  const sizes = new Array<number>(refined.k).fill(0);
  for (const c of refined.assignments) sizes[c]++;
  return refined.k < k || Math.min(...sizes) < minTopicSize ? null : refined.assignments;
}

/**
 * The best split of one cluster's papers into parts, as local ids per member, or null. The
 * number of parts is chosen on a sample of at most `sampleSize` members (all of a small cluster).
 */
function splitCluster(
  rows: readonly number[][],
  clusterEdges: readonly WeightedEdge[],
  seed: number,
  o: Required<Omit<TopicOptions, 'seed'>>,
): number[] | null {
  const n = rows.length;
  const sample = sampleIndices(n, o.sampleSize, createRandom(deriveSeed(seed, 7)));
  const sampled = sample.map((i) => rows[i]);
  // Inside a cluster the map's graph is nearly complete (each paper links to 8 others, most
  // of them in its cluster: modularity of any split stays near 0), so parts are found on a
  // sparser graph of each member's nearest few, where a cluster's inner structure shows.
  const inner = denseNeighbourEdges(sampled, innerNeighbours(sampled.length));
  const maxK = Math.min(o.maxTopics, Math.floor(sampled.length / o.minTopicSize));
  const clusterings = new Map<number, number[]>();
  const scores = [];
  for (let k = 2; k <= maxK; k++) {
    const split = splitAt(sampled, k, inner, seed, o.minTopicSize);
    if (!split) continue;
    clusterings.set(k, split);
    scores.push({ k, score: modularity(inner, split, k), largestShare: largestShare(split, k) });
  }
  if (scores.length === 0) return null;
  // A sub-topic may hold most of its cluster (a main line and a side line are both topics).
  // No modularity threshold says whether to split at all: on graphs this small, even random
  // ones have splits of modularity 0.2-0.3, so size decides (see minClusterSize).
  const k = pickClusterCount(scores, 1);
  const chosen = clusterings.get(k)!;
  if (sample.length === n) return chosen;
  // A large cluster: every member starts in the part whose sample centroid it is closest to,
  // then the parts are refined along the map's own links (no k-means over all members: at 10k
  // papers that cost seconds and found the same parts).
  const centroids = Array.from({ length: k }, () => new Float64Array(rows[0].length));
  chosen.forEach((part, s) => rows[sample[s]].forEach((v, t) => (centroids[part][t] += v)));
  const start = rows.map((row) => {
    let best = 0;
    let bestDot = -Infinity;
    centroids.forEach((c, part) => {
      let dot = 0;
      for (let t = 0; t < row.length; t++) dot += row[t] * c[t];
      if (dot > bestDot) [best, bestDot] = [part, dot];
    });
    return best;
  });
  const refined = renumberClusters(
    refineWithNeighbours(rows, start, k, clusterEdges, { centroidWeight: 0.8, maxRounds: 10 }),
  );
  const sizes = new Array<number>(refined.k).fill(0);
  for (const c of refined.assignments) sizes[c]++;
  return refined.k < 2 || Math.min(...sizes) < o.minTopicSize ? null : refined.assignments;
}

/** The map's links between members of one cluster, renumbered to the members' positions. */
function inducedEdges(members: readonly number[], edges: readonly WeightedEdge[]): WeightedEdge[] {
  const local = new Map(members.map((p, i) => [p, i]));
  const out: WeightedEdge[] = [];
  for (const e of edges) {
    const s = local.get(e.source);
    const t = local.get(e.target);
    if (s !== undefined && t !== undefined) out.push({ source: s, target: t, weight: e.weight });
  }
  return out;
}

/**
 * Splits clusters into sub-topics. `rows` are the unit-length rows the clusters were made from;
 * `edges` the map's neighbour graph. Deterministic for a seed.
 */
export function findTopics(
  rows: readonly number[][],
  assignments: readonly number[],
  k: number,
  edges: readonly WeightedEdge[],
  options: TopicOptions,
): Topics {
  const o = { ...DEFAULT_TOPIC_OPTIONS, ...options };
  const topicOf: (number | null)[] = assignments.map(() => null);
  const topics: SubTopic[] = [];
  for (let c = 0; c < k; c++) {
    const members = assignments.flatMap((a, i) => (a === c ? [i] : []));
    if (members.length < o.minClusterSize) continue;
    const local = splitCluster(
      members.map((i) => rows[i]),
      inducedEdges(members, edges),
      deriveSeed(o.seed, 2000 + c),
      o,
    );
    if (!local) continue;
    const parts = Math.max(...local) + 1;
    for (let t = 0; t < parts; t++) {
      const id = topics.length;
      const mine = members.filter((_, i) => local[i] === t);
      for (const p of mine) topicOf[p] = id;
      topics.push({ id, cluster: c, members: mine });
    }
  }
  return { topics, topicOf };
}
