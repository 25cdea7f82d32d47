import { describe, expect, it } from 'vitest';
import {
  bestKmeans,
  bestKmeansBatch,
  flatPoints,
  kmeansPlusPlus,
  pickBestRun,
  restartStarts,
  runKmeans,
  runStartsHere,
  type KmeansRunner,
} from '../../../../src/core/model/kmeans-runs.ts';
import { createRandom, deriveSeed } from '../../../../src/core/model/random.ts';

function blobs(n: number, d: number, seed: number): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: d }, (_, t) => (t === i % d ? 1 : 0) + 0.3 * random()),
  );
}

const rows = blobs(240, 6, 5);
const points = flatPoints(rows);

describe('flatPoints', () => {
  it('lays rows out one after another', () => {
    const p = flatPoints([
      [1, 2],
      [3, 4],
    ]);
    expect(p).toMatchObject({ n: 2, d: 2 });
    expect(Array.from(p.data)).toEqual([1, 2, 3, 4]);
  });
});

describe('kmeansPlusPlus', () => {
  it('places k distinct centres, the same for a seed', () => {
    const a = kmeansPlusPlus(points, 6, createRandom(3));
    expect(new Set(a).size).toBe(6);
    expect(kmeansPlusPlus(points, 6, createRandom(3))).toEqual(a);
  });

  it('stops early when every point sits on a centre', () => {
    const same = flatPoints([
      [1, 0],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(kmeansPlusPlus(same, 3, createRandom(1))).toHaveLength(2);
  });
});

describe('bestKmeans', () => {
  it('keeps the restart with the lowest inertia, the earlier on a tie', () => {
    const runs = runStartsHere(points, restartStarts(6, 9, 4), 100);
    const lowest = Math.min(...runs.map((r) => r.inertia));
    const winner = runs.findIndex((r) => r.inertia === lowest);
    const best = bestKmeans(rows, 6, 9, 4, 100);
    expect(best.inertia).toBe(lowest);
    expect(best.assignments).toEqual(Array.from(runs[winner].assignments));
    expect(
      pickBestRun([runs[winner], { ...runs[winner], assignments: new Int32Array(240) }]),
    ).toEqual(best);
  });

  it('seeds restart r from deriveSeed(seed, r)', () => {
    expect(restartStarts(4, 11, 2)).toEqual([
      { k: 4, seed: deriveSeed(11, 0) },
      { k: 4, seed: deriveSeed(11, 1) },
    ]);
    expect(runKmeans(points, { k: 4, seed: deriveSeed(11, 1) }, 100)).toEqual(
      runStartsHere(points, restartStarts(4, 11, 2), 100)[1],
    );
  });

  it('falls back to as many clusters as there are distinct points', () => {
    const best = bestKmeans(
      [
        [1, 0],
        [1, 0],
        [0, 1],
        [1, 0],
      ],
      3,
      1,
      3,
      100,
    );
    expect(new Set(best.assignments).size).toBe(2);
    expect(best.inertia).toBe(0);
  });
});

describe('bestKmeansBatch', () => {
  const jobs = [
    { k: 3, seed: 1 },
    { k: 5, seed: 2 },
    { k: 7, seed: 3 },
  ];

  it('gives what bestKmeans gives for each job, with or without a runner', async () => {
    const here = jobs.map((j) => bestKmeans(points, j.k, j.seed, 3, 100));
    expect(await bestKmeansBatch(points, jobs, 3, 100)).toEqual(here);
    // A runner that runs the starts in reverse order (as workers might finish) and puts them back.
    const calls: number[] = [];
    const reversed: KmeansRunner = (p, starts, maxIterations) => {
      calls.push(starts.length);
      const runs = [...starts].reverse().map((s) => runKmeans(p, s, maxIterations));
      return Promise.resolve(runs.reverse());
    };
    expect(await bestKmeansBatch(points, jobs, 3, 100, reversed)).toEqual(here);
    expect(calls).toEqual([9]);
    // A runner that declines leaves the runs to this thread.
    expect(await bestKmeansBatch(points, jobs, 3, 100, () => null)).toEqual(here);
  });

  it('runs a job again at the number of distinct points', async () => {
    const few = flatPoints([
      [1, 0],
      [1, 0],
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
    const [best] = await bestKmeansBatch(few, [{ k: 4, seed: 5 }], 2, 100);
    expect(best).toEqual(bestKmeans(few, 4, 5, 2, 100));
    expect(new Set(best.assignments).size).toBe(2);
  });
});
