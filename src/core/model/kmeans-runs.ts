// Seeded k-means restarts around ml-kmeans: the run with the lowest inertia (sum of squared
// distances to the centroids) wins, the usual guard against a poor start. The k-means++ seeding
// is done here on flat arrays: ml-kmeans' own seeding allocates per row and took ~1 s per start
// at 10k points, more than its Lloyd iterations.

import { kmeans } from 'ml-kmeans';
import { createRandom, deriveSeed, type Random } from './random.ts';

export function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
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
 */
export function kmeansPlusPlus(data: number[][], k: number, random: Random): number[][] {
  const n = data.length;
  const trials = 2 + Math.floor(Math.log(k));
  const closest = new Float64Array(n);
  const first = Math.floor(random() * n);
  const centres = [data[first]];
  for (let i = 0; i < n; i++) closest[i] = squaredDistance(data[i], data[first]);
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
        const d = Math.min(closest[i], squaredDistance(data[i], data[idx]));
        candidate[i] = d;
        potential += d;
      }
      if (potential < bestPotential) {
        bestPotential = potential;
        bestIndex = idx;
        best.set(candidate);
      }
    }
    centres.push(data[bestIndex]);
    closest.set(best);
  }
  return centres.map((row) => row.slice());
}

/** Best-of-restarts k-means; returns raw (un-renumbered) assignments and their inertia. */
export function bestKmeans(
  data: number[][],
  k: number,
  seed: number,
  restarts: number,
  maxIterations: number,
): { assignments: number[]; inertia: number } {
  let best = { assignments: [] as number[], inertia: Infinity };
  for (let r = 0; r < restarts; r++) {
    const initialization = kmeansPlusPlus(data, k, createRandom(deriveSeed(seed, r)));
    // Fewer distinct points than k: k-means++ stops early, and so does this run.
    if (initialization.length < k)
      return bestKmeans(data, initialization.length, seed, restarts, maxIterations);
    // A loose tolerance stops Lloyd once only a few papers still move (15 iterations instead of
    // 66 at 10k papers); the refinement that follows settles those anyway.
    const result = kmeans(data, k, { initialization, maxIterations, tolerance: 1e-4 });
    let inertia = 0;
    for (let i = 0; i < data.length; i++)
      inertia += squaredDistance(data[i], result.centroids[result.clusters[i]]);
    // Strictly lower only: on a tie the earlier restart wins, so the result is stable.
    if (inertia < best.inertia) best = { assignments: result.clusters.slice(), inertia };
  }
  return best;
}
