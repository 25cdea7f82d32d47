// A worker thread that runs its share of a batch of k-means runs (restarts, candidate k values)
// on points in shared memory.
import { parentPort, workerData } from 'node:worker_threads';
import { runKmeans, type FlatPoints, type KmeansStart } from '../core/model/kmeans-runs.ts';

const { points, starts, maxIterations } = workerData as {
  points: FlatPoints;
  starts: KmeansStart[];
  maxIterations: number;
};
const result = starts.map((start) => runKmeans(points, start, maxIterations));
parentPort!.postMessage(
  { type: 'done', result },
  result.map((run) => run.assignments.buffer as ArrayBuffer),
);
