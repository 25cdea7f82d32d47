// Lloyd's k-means iterations on flat Float64Arrays, step for step the arithmetic of ml-kmeans 7
// (squared Euclidean distance summed over dimensions in order, the first centroid on a tie,
// centroids summed in point order, an empty cluster keeping its centroid, convergence when no
// centroid moved more than the tolerance), so that it gives the same clusters, bit for bit.
// It is faster: no per-row arrays or distance callbacks, the distances to several centroids
// are summed side by side, and Hamerly's bounds (2010) skip the points that cannot change
// cluster. Those bounds are kept with a margin far wider than any rounding error, so a point is
// skipped only when its centroid is nearer than every other by more than the rounding could
// turn around: it is then the centroid ml-kmeans' comparison picks, to the bit.

/** Points as one row-major array: point i is data[i * d .. i * d + d). */
export interface FlatPoints {
  data: Float64Array;
  n: number;
  d: number;
}

export interface LloydResult {
  /** Cluster per point, from the last assignment step. */
  clusters: Int32Array;
  /** k row-major centroids, recomputed after the last assignment step. */
  centroids: Float64Array;
  iterations: number;
}

/**
 * Squared distances from point i to every centroid, into `out`. Four centroids are summed side
 * by side: four independent chains of additions keep the processor busy where one waits on the
 * last sum, and each distance is still summed over the dimensions in order.
 */
function distancesToCentroids(
  data: Float64Array,
  i: number,
  d: number,
  centroids: Float64Array,
  k: number,
  out: Float64Array,
): void {
  const p = i * d;
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    const q0 = c * d;
    const q1 = q0 + d;
    const q2 = q1 + d;
    const q3 = q2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let t = 0; t < d; t++) {
      const x = data[p + t];
      const a0 = x - centroids[q0 + t];
      const a1 = x - centroids[q1 + t];
      const a2 = x - centroids[q2 + t];
      const a3 = x - centroids[q3 + t];
      s0 += a0 * a0;
      s1 += a1 * a1;
      s2 += a2 * a2;
      s3 += a3 * a3;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
  }
  for (; c < k; c++) {
    const q = c * d;
    let s = 0;
    for (let t = 0; t < d; t++) {
      const a = data[p + t] - centroids[q + t];
      s += a * a;
    }
    out[c] = s;
  }
}

/**
 * The nearest centroid: the lowest index among equally near ones, or -1 if none is nearer than
 * Number.MAX_VALUE (ml-nearest-vector's strict `<` from there).
 */
function nearest(distances: Float64Array, k: number): number {
  let best = -1;
  let bestDistance = Number.MAX_VALUE;
  for (let c = 0; c < k; c++)
    if (distances[c] < bestDistance) {
      best = c;
      bestDistance = distances[c];
    }
  return best;
}

/** Squared distance between row p of `a` and row q of `b`, summed in order (as ml-kmeans). */
function squaredDistance(a: Float64Array, p: number, b: Float64Array, q: number, d: number) {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const x = a[p + t] - b[q + t];
    s += x * x;
  }
  return s;
}

/**
 * Relative slack in Hamerly's test: a point keeps its cluster unskipped-for unless its distance
 * to it is below every other distance's lower bound by this share. A computed squared distance
 * of d terms is off by at most about d × 1.1e-16 of itself, here 1e-14.
 */
const SLACK = 1e-9;

/** Per bound update, the rounding allowed for (widened, each time, by this share). */
const roundingFor = (d: number) => Math.max(1e-12, d * 1e-15);

/**
 * k-means from the given initial centroids (k row-major rows), as ml-kmeans' `kmeans(data, k,
 * { initialization, maxIterations, tolerance })` runs it.
 */
export function lloyd(
  points: FlatPoints,
  initial: Float64Array,
  k: number,
  maxIterations: number,
  tolerance: number,
): LloydResult {
  const { data, n, d } = points;
  if (!(k >= 1 && k <= n && Number.isInteger(k)))
    throw new Error('papermap lloyd: k must be a whole number from 1 to the number of points.');
  if (initial.length !== k * d)
    throw new Error('papermap lloyd: the initial centroids must be k rows of the points’ width.');
  const clusters = new Int32Array(n);
  const sizes = new Float64Array(k);
  const distances = new Float64Array(k);
  // Bounds on each point's distance to its centroid (upper) and to every other one (lower); with
  // huge or non-finite coordinates, or one cluster, every point is compared with every centroid.
  const bounded = k > 1 && d > 0 && data.every((v) => Math.abs(v) < 1e100);
  const round = roundingFor(d);
  const upper = new Float64Array(bounded ? n : 0);
  const lower = new Float64Array(bounded ? n : 0);
  const half = new Float64Array(k);
  const moved = new Float64Array(k);
  const assignAll = (i: number) => {
    distancesToCentroids(data, i, d, centroids, k, distances);
    const a = nearest(distances, k);
    clusters[i] = a;
    if (!bounded) return;
    let second = Infinity;
    for (let c = 0; c < k; c++) if (c !== a && distances[c] < second) second = distances[c];
    upper[i] = Math.sqrt(distances[a]) * (1 + round);
    lower[i] = Math.sqrt(second) * (1 - round);
  };
  let centroids = initial;
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < maxIterations) {
    iterations++;
    if (!bounded || iterations === 1) for (let i = 0; i < n; i++) assignAll(i);
    else {
      // Half the distance from each centroid to its nearest other: a point nearer than that to
      // its centroid is nearer to it than to any other.
      half.fill(Infinity);
      for (let c = 0; c < k; c++)
        for (let e = c + 1; e < k; e++) {
          const h =
            (Math.sqrt(squaredDistance(centroids, c * d, centroids, e * d, d)) / 2) * (1 - round);
          if (h < half[c]) half[c] = h;
          if (h < half[e]) half[e] = h;
        }
      for (let i = 0; i < n; i++) {
        const a = clusters[i];
        const bound = Math.max(half[a], lower[i]) * (1 - SLACK);
        if (upper[i] < bound) continue;
        upper[i] = Math.sqrt(squaredDistance(data, i * d, centroids, a * d, d)) * (1 + round);
        if (upper[i] < bound) continue;
        assignAll(i);
      }
    }
    const next = new Float64Array(k * d);
    sizes.fill(0);
    for (let i = 0; i < n; i++) {
      const q = clusters[i] * d;
      sizes[clusters[i]]++;
      const p = i * d;
      for (let t = 0; t < d; t++) next[q + t] += data[p + t];
    }
    for (let c = 0; c < k; c++) {
      const q = c * d;
      if (sizes[c] > 0) for (let t = 0; t < d; t++) next[q + t] /= sizes[c];
      else for (let t = 0; t < d; t++) next[q + t] = centroids[q + t];
    }
    converged = true;
    for (let c = 0; c < k; c++) {
      const q = c * d;
      let s = 0;
      for (let t = 0; t < d; t++)
        s += (next[q + t] - centroids[q + t]) * (next[q + t] - centroids[q + t]);
      if (s > tolerance) converged = false;
      moved[c] = Math.sqrt(s) * (1 + round);
    }
    if (bounded && !converged) loosenBounds(clusters, upper, lower, moved, round);
    centroids = next;
  }
  return { clusters, centroids, iterations };
}

/** After the centroids moved: each point's centroid may have come nearer, another further. */
function loosenBounds(
  clusters: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  moved: Float64Array,
  round: number,
): void {
  let most = 0;
  for (let c = 1; c < moved.length; c++) if (moved[c] > moved[most]) most = c;
  let second = 0;
  for (let c = 0; c < moved.length; c++) if (c !== most && moved[c] > second) second = moved[c];
  for (let i = 0; i < clusters.length; i++) {
    const a = clusters[i];
    upper[i] = (upper[i] + moved[a]) * (1 + round);
    lower[i] = lower[i] * (1 - round) - (a === most ? second : moved[most]) * (1 + round);
  }
}
