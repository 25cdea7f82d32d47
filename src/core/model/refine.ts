// Graph-regularised refinement of a k-means partition. k-means cuts the embedding space into
// Voronoi cells, which splits papers that sit near a boundary from their nearest neighbours;
// here each paper weighs its similarity to each (unit-length) centroid against the share of its
// neighbours in that cluster, so clusters follow the neighbour graph as well as the centroids.

export interface RefineOptions {
  /** Weight of centroid similarity; the rest goes to neighbour votes. 1 = spherical k-means. */
  centroidWeight?: number;
  maxRounds?: number;
}

export interface WeightedEdge {
  source: number;
  target: number;
  weight: number;
}

function normalizedCentroids(
  rows: readonly ArrayLike<number>[],
  assignments: readonly number[],
  k: number,
) {
  const d = rows[0]?.length ?? 0;
  const centroids = Array.from({ length: k }, () => new Float64Array(d));
  assignments.forEach((c, i) => {
    const row = rows[i];
    const m = centroids[c];
    for (let t = 0; t < d; t++) m[t] += row[t];
  });
  for (const m of centroids) {
    let norm = 0;
    for (let t = 0; t < d; t++) norm += m[t] * m[t];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let t = 0; t < d; t++) m[t] /= norm;
  }
  return centroids;
}

/** Adjacency lists with weights normalised to sum to 1 per paper. */
function neighbourLists(n: number, edges: readonly WeightedEdge[]) {
  const lists: { j: number; w: number }[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    if (!(e.weight > 0) || e.source === e.target) continue;
    lists[e.source].push({ j: e.target, w: e.weight });
    lists[e.target].push({ j: e.source, w: e.weight });
  }
  for (const l of lists) {
    const total = l.reduce((s, x) => s + x.w, 0);
    for (const x of l) x.w /= total;
  }
  return lists;
}

/**
 * Refines assignments (ids 0..k-1) over unit-length embedding rows and an undirected weighted
 * neighbour graph. Papers are visited in index order and move at once (so a move informs the
 * next paper's vote); centroids are recomputed after each round. Ties keep the current cluster,
 * then the lower id. Clusters may empty out; callers renumber.
 */
export function refineWithNeighbours(
  rows: readonly ArrayLike<number>[],
  assignments: readonly number[],
  k: number,
  edges: readonly WeightedEdge[],
  options: RefineOptions = {},
): number[] {
  const alpha = options.centroidWeight ?? 0.8;
  const maxRounds = options.maxRounds ?? 20;
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const lists = neighbourLists(n, edges);
  const a = assignments.slice();
  const score = new Float64Array(k);
  for (let round = 0; round < maxRounds; round++) {
    const centroids = normalizedCentroids(rows, a, k);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      for (let c = 0; c < k; c++) {
        const m = centroids[c];
        let s = 0;
        for (let t = 0; t < d; t++) s += row[t] * m[t];
        score[c] = alpha * s;
      }
      for (const { j, w } of lists[i]) score[a[j]] += (1 - alpha) * w;
      let best = a[i];
      for (let c = 0; c < k; c++) if (score[c] > score[best] + 1e-12) best = c;
      // A second pass picks the lowest id among clusters tied with the best, unless it is a[i].
      if (best !== a[i])
        for (let c = 0; c < best; c++) if (score[c] >= score[best] - 1e-12) best = c;
      if (best !== a[i]) {
        a[i] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
  return a;
}
