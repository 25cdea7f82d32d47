// The pipeline hooks that put Node's worker threads to use: text analysis split across cores,
// the neighbour search beside the clustering embedding, k-means runs spread over cores, and the
// layout beside the labelling.
import type { BuildHooks } from '../core/pipeline.ts';
import { analysePapers } from './analyse-in-workers.ts';
import { runKmeansInWorkers } from './kmeans-in-workers.ts';
import { layoutInWorker } from './layout-in-worker.ts';
import { searchNeighbours } from './neighbours-in-worker.ts';

export const workerHooks: Pick<
  BuildHooks,
  'analyse' | 'nearestNeighbours' | 'runKmeans' | 'layout'
> = {
  analyse: analysePapers,
  nearestNeighbours: searchNeighbours,
  runKmeans: (points, starts, maxIterations) => runKmeansInWorkers(points, starts, maxIterations),
  layout: layoutInWorker,
};
