// Moves the layout of large maps to a worker thread (see layout-worker.ts), so that it runs while
// the main thread labels clusters and sub-topics. The links go as flat arrays, whose buffers
// move to the worker without a copy; the worker runs the same computeLayout.
import type { LinkLike } from '../core/model/layout-seed.ts';
import type { Layout, LayoutOptions } from '../core/model/layout.ts';
import { runWorker } from './run-worker.ts';

/** Below this many papers the layout takes a few seconds at most: not worth a thread. */
export const LAYOUT_WORKER_THRESHOLD = 5000;

const entry = new URL('./layout-worker.ts', import.meta.url);

export function layoutInWorker(
  n: number,
  edges: readonly LinkLike[],
  assignments: readonly number[],
  options: LayoutOptions,
): Promise<Layout> | null {
  if (n < LAYOUT_WORKER_THRESHOLD) return null;
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  const weight = new Float64Array(edges.length);
  edges.forEach((e, i) => {
    source[i] = e.source;
    target[i] = e.target;
    weight[i] = e.weight;
  });
  return runWorker<Layout>(
    entry,
    { n, source, target, weight, assignments: Int32Array.from(assignments), options },
    undefined,
    undefined,
    [source.buffer, target.buffer, weight.buffer],
  );
}
