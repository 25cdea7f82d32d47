// A worker thread that runs the topic-space neighbour search over one range of rows; the main
// thread merges the ranges (mergeNeighbourRows), so the result equals one search over all rows.
import { parentPort, workerData } from 'node:worker_threads';
import { denseNearestNeighbours, type PackedRows } from '../core/model/dense-knn.ts';

const { space, k, start, end } = workerData as {
  space: PackedRows;
  k: number;
  start: number;
  end: number;
};
const result = denseNearestNeighbours(space, k, start, end);
parentPort!.postMessage({ type: 'done', result }, [
  result.neighbours.buffer as ArrayBuffer,
  result.scores.buffer as ArrayBuffer,
]);
