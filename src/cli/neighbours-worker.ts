// A worker thread that runs the k-nearest-neighbour search while the main thread embeds the
// papers for clustering: the two are the heaviest independent steps after text analysis.
import { parentPort, workerData } from 'node:worker_threads';
import { nearestNeighbours } from '../core/model/knn-kernel.ts';
import type { SparseVector } from '../core/types.ts';

const { vectors, k } = workerData as { vectors: SparseVector[]; k: number };
const result = nearestNeighbours(vectors, k);
parentPort!.postMessage({ type: 'done', result }, [
  result.neighbours.buffer as ArrayBuffer,
  result.scores.buffer as ArrayBuffer,
]);
