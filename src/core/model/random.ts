// Seeded randomness for the model stage. Every random choice (LSA sketch, layout jitter, samples)
// goes through here. The generator is 32-bit integer arithmetic, so its numbers are the same in
// every JavaScript engine; the logarithms and angles that feed what is written come from
// det-math.ts for the same reason, so that a build in a browser worker matches one in Node.

/** A random source: returns uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough for sketches and jitter, and identical everywhere. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform point in the unit disc, by rejection from the square: no trigonometry, whose last
 * bits may differ between JavaScript engines.
 */
export function pointInDisc(random: Random): [number, number] {
  for (;;) {
    const x = 2 * random() - 1;
    const y = 2 * random() - 1;
    if (x * x + y * y <= 1) return [x, y];
  }
}

/** Derives an independent seed for a sub-task (restart i, stage name) from a base seed. */
export function deriveSeed(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A deterministic sample of `size` distinct indices from 0..n-1, in ascending order. */
export function sampleIndices(n: number, size: number, random: Random): number[] {
  if (size >= n) return Array.from({ length: n }, (_, i) => i);
  // Partial Fisher-Yates over an index array: exact and O(n).
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx.slice(0, size).sort((a, b) => a - b);
}
