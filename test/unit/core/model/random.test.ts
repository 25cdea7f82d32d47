import { describe, expect, it } from 'vitest';
import {
  pointInDisc,
  createRandom,
  deriveSeed,
  sampleIndices,
} from '../../../../src/core/model/random.ts';

describe('random', () => {
  it('repeats its sequence for a seed, in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(createRandom(1)()).not.toBe(createRandom(2)());
  });

  it('draws points evenly over the unit disc', () => {
    const random = createRandom(3);
    const points = Array.from({ length: 20000 }, () => pointInDisc(random));
    for (const [x, y] of points) expect(x * x + y * y).toBeLessThanOrEqual(1);
    // Half the area lies within radius 1/sqrt(2).
    const inner = points.filter(([x, y]) => x * x + y * y <= 0.5).length / points.length;
    expect(Math.abs(inner - 0.5)).toBeLessThan(0.02);
  });

  it('derives distinct seeds and samples distinct sorted indices', () => {
    expect(new Set([0, 1, 2, 3].map((s) => deriveSeed(7, s))).size).toBe(4);
    const sample = sampleIndices(100, 10, createRandom(5));
    expect(new Set(sample).size).toBe(10);
    expect([...sample].sort((a, b) => a - b)).toEqual(sample);
    expect(sampleIndices(3, 10, createRandom(5))).toEqual([0, 1, 2]);
  });
});
