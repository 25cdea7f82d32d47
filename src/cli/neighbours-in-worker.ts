// Moves the neighbour search of large corpora to a worker thread (see neighbours-worker.ts).
import type { NeighbourRows } from '../core/model/knn-kernel.ts';
import type { SparseVector } from '../core/types.ts';
import { runWorker } from './run-worker.ts';

/** Below this many papers the search takes well under a second: not worth a thread. */
export const NEIGHBOURS_WORKER_THRESHOLD = 2000;

const entry = new URL('./neighbours-worker.ts', import.meta.url);

export function searchNeighbours(
  vectors: SparseVector[],
  k: number,
): Promise<NeighbourRows[]> | null {
  if (vectors.length < NEIGHBOURS_WORKER_THRESHOLD) return null;
  return runWorker<NeighbourRows>(entry, { vectors, k }).then((rows) => [rows]);
}
