import { kmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { lloyd } from '../../../../src/core/model/lloyd.ts';
import { flatPoints } from '../../../../src/core/model/kmeans-runs.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

/** Unit rows around `groups` random directions, as the LSA rows k-means sees. */
function unitBlobs(n: number, d: number, groups: number, seed: number): number[][] {
  const random = createRandom(seed);
  const centres = Array.from({ length: groups }, () =>
    Array.from({ length: d }, () => random() - 0.5),
  );
  return Array.from({ length: n }, (_, i) => {
    const row = centres[i % groups].map((v) => v + 0.6 * (random() - 0.5));
    const norm = Math.hypot(...row);
    return row.map((v) => v / norm);
  });
}

/** ml-kmeans from the same initial centroids: the reference lloyd must match bit for bit. */
function reference(
  rows: number[][],
  initial: number[][],
  maxIterations: number,
  tolerance: number,
) {
  const r = kmeans(rows, initial.length, {
    initialization: initial.map((row) => row.slice()),
    maxIterations,
    tolerance,
  });
  return { clusters: r.clusters, centroids: r.centroids.flat(), iterations: r.iterations };
}

describe('lloyd', () => {
  it('gives ml-kmeans’ clusters, centroids and iteration count exactly', () => {
    for (const [n, d, k, seed] of [
      [300, 20, 5, 1],
      [500, 50, 12, 2],
      [200, 7, 3, 3],
      [400, 100, 20, 4],
    ]) {
      const rows = unitBlobs(n, d, Math.max(2, k - 2), seed);
      const initial = Array.from({ length: k }, (_, c) => rows[(c * 37) % n]);
      for (const [maxIterations, tolerance] of [
        [100, 1e-4],
        [3, 1e-4],
        [100, 1e-6],
      ]) {
        const want = reference(rows, initial, maxIterations, tolerance);
        const got = lloyd(flatPoints(rows), flatPoints(initial).data, k, maxIterations, tolerance);
        expect(Array.from(got.clusters)).toEqual(want.clusters);
        expect(Array.from(got.centroids)).toEqual(want.centroids);
        expect(got.iterations).toBe(want.iterations);
      }
    }
  });

  it('breaks ties as ml-kmeans does (the lower centroid) and keeps an empty cluster’s centroid', () => {
    // Point 2 lies halfway between centroids 0 and 1; centroid 2 attracts no point.
    const rows = [
      [0, 0],
      [2, 0],
      [1, 0],
      [0, 0],
      [2, 0],
    ];
    const initial = [
      [0, 0],
      [2, 0],
      [9, 9],
    ];
    const want = reference(rows, initial, 100, 1e-6);
    const got = lloyd(flatPoints(rows), flatPoints(initial).data, 3, 100, 1e-6);
    expect(Array.from(got.clusters)).toEqual(want.clusters);
    expect(Array.from(got.centroids)).toEqual(want.centroids);
    expect(got.clusters[2]).toBe(0);
    expect(Array.from(got.centroids.subarray(4, 6))).toEqual([9, 9]);
  });

  it('matches ml-kmeans where exact ties are common (points on an integer grid)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = createRandom(seed);
      const rows = Array.from({ length: 120 }, () =>
        Array.from({ length: 3 }, () => Math.floor(random() * 4)),
      );
      const initial = Array.from({ length: 6 }, (_, c) => rows[(c * 17 + seed) % rows.length]);
      const want = reference(rows, initial, 100, 0);
      const got = lloyd(flatPoints(rows), flatPoints(initial).data, 6, 100, 0);
      expect(Array.from(got.clusters)).toEqual(want.clusters);
      expect(Array.from(got.centroids)).toEqual(want.centroids);
    }
  });

  it('rejects a k it cannot place', () => {
    const points = flatPoints([[1], [2]]);
    expect(() => lloyd(points, new Float64Array(3), 3, 10, 1e-4)).toThrow(/papermap lloyd/);
    expect(() => lloyd(points, new Float64Array(1), 2, 10, 1e-4)).toThrow(/papermap lloyd/);
  });
});
