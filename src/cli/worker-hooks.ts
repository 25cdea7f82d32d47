// The pipeline hooks that put Node's worker threads to use: text analysis split across cores,
// and the neighbour search beside the clustering embedding.
import type { BuildHooks } from '../core/pipeline.ts';
import { analysePapers } from './analyse-in-workers.ts';
import { searchDenseNeighbours, searchNeighbours } from './neighbours-in-worker.ts';

export const workerHooks: Pick<BuildHooks, 'analyse' | 'nearestNeighbours' | 'denseNeighbours'> = {
  analyse: analysePapers,
  nearestNeighbours: searchNeighbours,
  denseNeighbours: searchDenseNeighbours,
};
