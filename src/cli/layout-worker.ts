// A worker thread that computes the map's layout while the main thread labels clusters.
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout, type LayoutOptions } from '../core/model/layout.ts';

const data = workerData as {
  n: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  assignments: Int32Array;
  options: LayoutOptions;
};
const edges = Array.from(data.source, (source, i) => ({
  source,
  target: data.target[i],
  weight: data.weight[i],
}));
const result = computeLayout(data.n, edges, Array.from(data.assignments), data.options);
parentPort!.postMessage({ type: 'done', result }, [
  result.x.buffer as ArrayBuffer,
  result.y.buffer as ArrayBuffer,
  result.size.buffer as ArrayBuffer,
]);
