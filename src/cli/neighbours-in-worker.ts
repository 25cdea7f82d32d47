// Moves the neighbour searches of large corpora to worker threads: the sparse search beside the
// LSA embedding (neighbours-worker.ts), the topic-space search split over the cores
// (dense-neighbours-worker.ts).
import { availableParallelism } from 'node:os';
import { densePairRanges, type PackedRows } from '../core/model/dense-knn.ts';
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

const denseEntry = new URL('./dense-neighbours-worker.ts', import.meta.url);

/** The topic-space search in row ranges of equal work, one worker per core. */
export function searchDenseNeighbours(
  space: PackedRows,
  k: number,
): Promise<NeighbourRows[]> | null {
  const parts = Math.min(4, availableParallelism());
  if (space.rows < NEIGHBOURS_WORKER_THRESHOLD || parts < 2) return null;
  return Promise.all(
    densePairRanges(space.rows, parts).map(([start, end]) =>
      runWorker<NeighbourRows>(denseEntry, { space, k, start, end }),
    ),
  );
}
