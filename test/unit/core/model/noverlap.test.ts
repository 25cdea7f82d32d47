import iterate from 'graphology-layout-noverlap/iterate.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NOVERLAP_DEFAULTS,
  noverlapIterate,
  removeOverlaps,
} from '../../../../src/core/model/noverlap.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

/** x, y, size per node: n nodes crowded into a square of side `side`. */
function crowd(n: number, side: number, seed: number): Float32Array {
  const random = createRandom(seed);
  const m = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    m[i * 3] = side * random();
    m[i * 3 + 1] = side * random();
    m[i * 3 + 2] = 1 + 4 * random();
  }
  return m;
}

describe('noverlapIterate', () => {
  afterEach(() => vi.restoreAllMocks());

  const cases = [
    { n: 300, side: 60, gridSize: 20, margin: 5, ratio: 1 },
    { n: 2000, side: 200, gridSize: 45, margin: 1, ratio: 1.05 },
    { n: 50, side: 10, gridSize: 1, margin: 0, ratio: 2 },
  ];
  for (const { n, side, gridSize, margin, ratio } of cases)
    it(`moves nodes exactly as graphology-layout-noverlap (${n} nodes, grid ${gridSize})`, () => {
      const settings = { ...NOVERLAP_DEFAULTS, gridSize, margin, ratio };
      const ours = crowd(n, side, n);
      const theirs = ours.slice();
      for (let k = 0; k < 5; k++) {
        const converged = noverlapIterate(settings, ours, () => 0);
        expect(converged).toBe(iterate(settings, theirs).converged);
        expect(Buffer.from(ours.buffer).equals(Buffer.from(theirs.buffer))).toBe(true);
      }
    });

  it('separates nodes on one spot with the given jitter, as the library with its Math.random', () => {
    const ours = new Float32Array([0, 0, 2, 0, 0, 2, 50, 50, 2, 0, 0, 3]);
    const theirs = ours.slice();
    const random = createRandom(9);
    const jitters: number[] = [];
    vi.spyOn(Math, 'random').mockImplementation(() => {
      const r = random();
      jitters.push(0.01 * (0.5 - r));
      return r;
    });
    iterate(NOVERLAP_DEFAULTS, theirs);
    let next = 0;
    noverlapIterate(NOVERLAP_DEFAULTS, ours, () => jitters[next++]);
    expect(next).toBe(jitters.length);
    expect(next).toBeGreaterThan(0);
    expect([...ours]).toEqual([...theirs]);
  });

  it('reports convergence when no two nodes overlap', () => {
    const apart = new Float32Array([0, 0, 1, 100, 0, 1, 0, 100, 1]);
    expect(noverlapIterate(NOVERLAP_DEFAULTS, apart, () => 0)).toBe(true);
    expect([...apart]).toEqual([0, 0, 1, 100, 0, 1, 0, 100, 1]);
  });
});

describe('removeOverlaps', () => {
  it('stops once converged and returns the positions', () => {
    const x = new Float64Array([0, 1, 2]);
    const y = new Float64Array([0, 0, 0]);
    const size = new Float64Array([1, 1, 1]);
    const placed = removeOverlaps(x, y, size, 500, { margin: 0 }, () => 0);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(Math.hypot(placed.x[i] - placed.x[j], placed.y[i] - placed.y[j])).toBeGreaterThan(2);
    expect([...x]).toEqual([0, 1, 2]);
  });
});
