// A worker thread that runs the k-nearest-neighbour search (or its share of the rows) while the
// main thread embeds the papers for clustering: the heaviest independent steps after analysis.
import { parentPort, workerData } from 'node:worker_threads';
import {
  approximateNeighbours,
  type ApproximateSearch,
  type PackedIndex,
  type PackedVectors,
} from '../core/model/approx-knn.ts';
import { nearestNeighbours } from '../core/model/knn-kernel.ts';
import type { SparseVector } from '../core/types.ts';

const data = workerData as
  | { vectors: SparseVector[]; k: number }
  | {
      packed: PackedVectors;
      index: PackedIndex;
      k: number;
      approximate: ApproximateSearch;
      range: [number, number];
    };
const result =
  'vectors' in data
    ? nearestNeighbours(data.vectors, data.k)
    : approximateNeighbours(data.packed, data.k, data.approximate, ...data.range, data.index);
parentPort!.postMessage({ type: 'done', result }, [
  result.neighbours.buffer as ArrayBuffer,
  result.scores.buffer as ArrayBuffer,
]);
