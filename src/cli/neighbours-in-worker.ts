// Moves the neighbour search of large corpora to worker threads (see neighbours-worker.ts): the
// exact search to one, the approximate search (large corpora) split by rows across the cores,
// the vectors and their index in shared memory so that no worker copies them.
import { availableParallelism } from 'node:os';
import {
  equalRowRanges,
  packVectors,
  packedIndex,
  type ApproximateSearch,
} from '../core/model/approx-knn.ts';
import type { NeighbourRows } from '../core/model/knn-kernel.ts';
import type { SparseVector } from '../core/types.ts';
import { runWorker } from './run-worker.ts';

/** Below this many papers the search takes well under a second: not worth a thread. */
export const NEIGHBOURS_WORKER_THRESHOLD = 2000;

const entry = new URL('./neighbours-worker.ts', import.meta.url);

const shared = (bytes: number) => new SharedArrayBuffer(bytes);

export function searchNeighbours(
  vectors: SparseVector[],
  k: number,
  approximate: ApproximateSearch | null,
): Promise<NeighbourRows[]> | null {
  if (vectors.length < NEIGHBOURS_WORKER_THRESHOLD) return null;
  if (!approximate) return runWorker<NeighbourRows>(entry, { vectors, k }).then((rows) => [rows]);
  const packed = packVectors(vectors, shared);
  const index = packedIndex(packed, shared);
  const abort = new AbortController();
  const ranges = equalRowRanges(vectors.length, Math.min(availableParallelism(), 4));
  return Promise.all(
    ranges.map((range) =>
      runWorker<NeighbourRows>(
        entry,
        { packed, index, k, approximate, range },
        undefined,
        abort.signal,
      ).catch((error: unknown) => {
        abort.abort();
        throw error;
      }),
    ),
  );
}
