// The k-means runs on worker threads: the same runs, and so the same clusters, as on this thread.
import { describe, expect, it } from 'vitest';
import { dealStarts, runKmeansInWorkers } from '../../../src/cli/kmeans-in-workers.ts';
import { clusterPapers } from '../../../src/core/model/clusters.ts';
import {
  flatPoints,
  restartStarts,
  runStartsHere,
  type KmeansRunner,
} from '../../../src/core/model/kmeans-runs.ts';
import { createRandom } from '../../../src/core/model/random.ts';
import { buildNeighbourGraph } from '../../../src/core/model/neighbours.ts';
import { buildVectors } from '../../../src/core/model/vectors.ts';
import { syntheticCorpus } from '../core/model/synthetic.ts';

function unitRows(n: number, d: number, seed: number): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const row = Array.from({ length: d }, (_, t) => (t === i % 7 ? 1 : 0) + 0.5 * random());
    const norm = Math.hypot(...row);
    return row.map((v) => v / norm);
  });
}

describe('dealStarts', () => {
  it('gives every start to one worker, the heaviest first to the least loaded', () => {
    const starts = [2, 3, 4, 5].map((k) => ({ k, seed: k }));
    expect(dealStarts(starts, 2)).toEqual([
      [3, 0],
      [2, 1],
    ]);
    expect(dealStarts(starts.slice(0, 1), 3)).toEqual([[0]]);
  });
});

describe('runKmeansInWorkers', () => {
  const points = flatPoints(unitRows(1500, 12, 3));
  const starts = [...restartStarts(4, 1, 3), ...restartStarts(9, 2, 3)];

  it('returns the runs this thread computes, in order, for any number of workers', async () => {
    const here = runStartsHere(points, starts, 100);
    for (const workers of [2, 3]) {
      const there = await runKmeansInWorkers(points, starts, 100, { minWork: 0, workers });
      expect(there).toEqual(here);
    }
  });

  it('leaves small batches, and a single core, to this thread', () => {
    expect(runKmeansInWorkers(points, starts, 100, { minWork: 1e12 })).toBeNull();
    expect(runKmeansInWorkers(points, starts, 100, { minWork: 0, workers: 1 })).toBeNull();
  });

  it('gives clusterPapers the same clusters as without workers', { timeout: 120_000 }, async () => {
    // Above 500 papers 'auto' chooses k in one batch of runs, then clusters in another.
    const { docs, keyphrases } = syntheticCorpus(5, 110);
    const space = buildVectors(docs, keyphrases);
    const edges = buildNeighbourGraph(space.vectors, space.features, 8);
    let batches = 0;
    const runKmeans: KmeansRunner = (p, s, maxIterations) => {
      batches++;
      return runKmeansInWorkers(p, s, maxIterations, { minWork: 0, workers: 2 });
    };
    for (const k of ['auto', 6] as const) {
      const options = { k, seed: 4, neighbours: edges };
      const threaded = await clusterPapers(space.vectors, { ...options, runKmeans });
      expect(threaded).toEqual(await clusterPapers(space.vectors, options));
    }
    expect(batches).toBe(3);
  });
});
