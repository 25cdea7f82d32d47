// Seeded k-means restarts: the run with the lowest inertia (sum of squared distances to the
// centroids) wins, the usual guard against a poor start. Each run is independent (k-means++
// seeding from its own seed, then Lloyd's iterations in lloyd.ts), so a caller may run them
// elsewhere (worker threads) through a `KmeansRunner`; the winner is picked here, in restart
// order, so it does not depend on where or in what order the runs ran.

import { lloyd, type FlatPoints } from './lloyd.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';

export type { FlatPoints } from './lloyd.ts';

/** One k-means run: k centres, k-means++ seeded from `seed`. */
export interface KmeansStart {
  k: number;
  seed: number;
}

export interface KmeansRun {
  /** Cluster per point (empty when `centres` < k: the run stopped at its seeding). */
  assignments: Int32Array;
  inertia: number;
  /** Centres k-means++ could place: fewer than k when there are fewer distinct points. */
  centres: number;
}

/**
 * Runs k-means starts on the points, elsewhere (worker threads), resolving with one run per start
 * in the starts' order, each as `runKmeans` computes it; or null to have them run here.
 */
export type KmeansRunner = (
  points: FlatPoints,
  starts: readonly KmeansStart[],
  maxIterations: number,
) => Promise<KmeansRun[]> | null;

/**
 * A loose tolerance stops Lloyd once only a few papers still move (15 iterations instead of 66 at
 * 10k papers); the refinement that follows settles those anyway.
 */
const TOLERANCE = 1e-4;

/** Rows as one row-major Float64Array (the same numbers: no copy changes a bit). */
export function flatPoints(rows: readonly ArrayLike<number>[]): FlatPoints {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) data.set(rows[i], i * d);
  return { data, n, d };
}

/** Squared distance from point i to point j, or from i to `bound` if it reaches it first. */
function squaredDistanceUpTo(data: Float64Array, d: number, i: number, j: number, bound: number) {
  const p = i * d;
  const q = j * d;
  let s = 0;
  for (let t = 0; t < d; t += 8) {
    const end = Math.min(d, t + 8);
    for (let u = t; u < end; u++) s += (data[p + u] - data[q + u]) ** 2;
    // The terms are not negative: the sum can only grow, so the minimum is `bound`.
    if (s >= bound) return bound;
  }
  return s;
}

/** Index drawn with probability proportional to weights[i] (cumulative sum, binary search). */
function drawWeighted(cumulative: Float64Array, random: Random): number {
  const total = cumulative[cumulative.length - 1];
  const x = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Greedy k-means++ (Arthur & Vassilvitskii 2007, with scikit-learn's 2 + ln k local trials):
 * each new centre is the best of a few candidates drawn proportionally to squared distance.
 * Returns the indices of the points chosen as centres: fewer than k when every point sits on a
 * centre already.
 */
export function kmeansPlusPlus(points: FlatPoints, k: number, random: Random): number[] {
  const { data, n, d } = points;
  const trials = 2 + Math.floor(Math.log(k));
  const closest = new Float64Array(n);
  const first = Math.floor(random() * n);
  const centres = [first];
  for (let i = 0; i < n; i++) closest[i] = squaredDistanceUpTo(data, d, i, first, Infinity);
  const cumulative = new Float64Array(n);
  const candidate = new Float64Array(n);
  const best = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let sum = 0;
    for (let i = 0; i < n; i++) cumulative[i] = sum += closest[i];
    if (!(sum > 0)) break; // every point sits on a centre already
    let bestPotential = Infinity;
    let bestIndex = -1;
    for (let t = 0; t < trials; t++) {
      const idx = drawWeighted(cumulative, random);
      let potential = 0;
      for (let i = 0; i < n; i++) {
        const dist = squaredDistanceUpTo(data, d, i, idx, closest[i]);
        candidate[i] = dist;
        potential += dist;
      }
      if (potential < bestPotential) {
        bestPotential = potential;
        bestIndex = idx;
        best.set(candidate);
      }
    }
    centres.push(bestIndex);
    closest.set(best);
  }
  return centres;
}

/** One seeded k-means run: k-means++ seeding, then Lloyd's iterations. */
export function runKmeans(
  points: FlatPoints,
  start: KmeansStart,
  maxIterations: number,
): KmeansRun {
  const { data, n, d } = points;
  const centres = kmeansPlusPlus(points, start.k, createRandom(start.seed));
  if (centres.length < start.k)
    return { assignments: new Int32Array(0), inertia: Infinity, centres: centres.length };
  const initial = new Float64Array(start.k * d);
  centres.forEach((i, c) => initial.set(data.subarray(i * d, i * d + d), c * d));
  const { clusters, centroids } = lloyd(points, initial, start.k, maxIterations, TOLERANCE);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const p = i * d;
    const q = clusters[i] * d;
    let s = 0;
    for (let t = 0; t < d; t++) s += (data[p + t] - centroids[q + t]) ** 2;
    inertia += s;
  }
  return { assignments: clusters, inertia, centres: start.k };
}

/** The starts of `restarts` runs at k: restart r is seeded from deriveSeed(seed, r). */
export function restartStarts(k: number, seed: number, restarts: number): KmeansStart[] {
  return Array.from({ length: restarts }, (_, r) => ({ k, seed: deriveSeed(seed, r) }));
}

/** Runs the starts here, one after another. */
export function runStartsHere(
  points: FlatPoints,
  starts: readonly KmeansStart[],
  maxIterations: number,
): KmeansRun[] {
  return starts.map((start) => runKmeans(points, start, maxIterations));
}

export interface BestRun {
  /** Raw (un-renumbered) cluster per point. */
  assignments: number[];
  inertia: number;
}

/**
 * The restarts' winner: the lowest inertia, the earlier restart on a tie, so the result is
 * stable. A run that could not place k centres (fewer distinct points than k, so the first run
 * already) stands for all: the restarts are to be run again at the k it reached, `retryAt`.
 */
export function pickBestRun(runs: readonly KmeansRun[]): BestRun | { retryAt: number } {
  let best: BestRun = { assignments: [], inertia: Infinity };
  for (const run of runs) {
    if (run.assignments.length === 0) return { retryAt: run.centres };
    if (run.inertia < best.inertia)
      best = { assignments: Array.from(run.assignments), inertia: run.inertia };
  }
  return best;
}

/** Best-of-restarts k-means at k for each seed, every run in one batch (for `runner`). */
export async function bestKmeansBatch(
  points: FlatPoints,
  jobs: readonly KmeansStart[],
  restarts: number,
  maxIterations: number,
  runner?: KmeansRunner,
): Promise<BestRun[]> {
  const starts = jobs.flatMap((job) => restartStarts(job.k, job.seed, restarts));
  const runs =
    (await runner?.(points, starts, maxIterations)) ?? runStartsHere(points, starts, maxIterations);
  const picked = jobs.map((_, j) => pickBestRun(runs.slice(j * restarts, (j + 1) * restarts)));
  return Promise.all(
    picked.map(async (p, j) =>
      'retryAt' in p
        ? (
            await bestKmeansBatch(
              points,
              [{ ...jobs[j], k: p.retryAt }],
              restarts,
              maxIterations,
              runner,
            )
          )[0]
        : p,
    ),
  );
}

/** Best-of-restarts k-means, run here; returns raw (un-renumbered) assignments and inertia. */
export function bestKmeans(
  data: readonly ArrayLike<number>[] | FlatPoints,
  k: number,
  seed: number,
  restarts: number,
  maxIterations: number,
): BestRun {
  const points = 'data' in data ? data : flatPoints(data);
  for (;;) {
    const picked = pickBestRun(
      runStartsHere(points, restartStarts(k, seed, restarts), maxIterations),
    );
    if (!('retryAt' in picked)) return picked;
    k = picked.retryAt;
  }
}
