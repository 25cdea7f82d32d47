// Spreads a batch of independent k-means runs (the restarts at one k, or every restart of every
// candidate k) over worker threads, the points in shared memory so that no worker copies them.
// Each run is computed as on the main thread and put back in its place, so the clustering does
// not depend on the number of workers.
import { availableParallelism } from 'node:os';
import type { FlatPoints, KmeansRun, KmeansStart } from '../core/model/kmeans-runs.ts';
import { runWorker } from './run-worker.ts';

/**
 * Below this much work (points × dimensions × centres, summed over the runs) the batch takes
 * well under a second here: less than starting the workers costs.
 */
export const KMEANS_WORKER_WORK = 2e7;

const entry = new URL('./kmeans-worker.ts', import.meta.url);

/**
 * Deals the starts to `count` workers, the most centres first, each to the least loaded worker
 * (a run costs about its k); returns the start indices per worker.
 */
export function dealStarts(starts: readonly KmeansStart[], count: number): number[][] {
  const order = starts.map((_, i) => i).sort((a, b) => starts[b].k - starts[a].k || a - b);
  const load = new Array<number>(count).fill(0);
  const shares = Array.from({ length: count }, (): number[] => []);
  for (const i of order) {
    const w = load.indexOf(Math.min(...load));
    shares[w].push(i);
    load[w] += starts[i].k;
  }
  return shares.filter((share) => share.length > 0);
}

export function runKmeansInWorkers(
  points: FlatPoints,
  starts: readonly KmeansStart[],
  maxIterations: number,
  options: { minWork?: number; workers?: number } = {},
): Promise<KmeansRun[]> | null {
  const work = points.n * points.d * starts.reduce((sum, s) => sum + s.k, 0);
  const count = Math.min(options.workers ?? Math.min(availableParallelism(), 4), starts.length);
  if (work < (options.minWork ?? KMEANS_WORKER_WORK) || count < 2) return null;
  const data = new Float64Array(new SharedArrayBuffer(points.data.byteLength));
  data.set(points.data);
  const shared = { data, n: points.n, d: points.d };
  const abort = new AbortController();
  const shares = dealStarts(starts, count);
  return Promise.all(
    shares.map((share) =>
      runWorker<KmeansRun[]>(
        entry,
        { points: shared, starts: share.map((i) => starts[i]), maxIterations },
        undefined,
        abort.signal,
      ).catch((error: unknown) => {
        abort.abort();
        throw error;
      }),
    ),
  ).then((results) => {
    const runs = new Array<KmeansRun>(starts.length);
    shares.forEach((share, w) => share.forEach((i, j) => (runs[i] = results[w][j])));
    return runs;
  });
}
