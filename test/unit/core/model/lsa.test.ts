import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../../../src/core/model/eigen.ts';
import { lsaEmbed } from '../../../../src/core/model/lsa.ts';
import { createRandom } from '../../../../src/core/model/random.ts';
import type { SparseVector } from '../../../../src/core/types.ts';

function randomSparse(n: number, m: number, perRow: number, seed: number): SparseVector[] {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => {
    const idx = [...new Set(Array.from({ length: perRow }, () => Math.floor(r() * m)))].sort(
      (a, b) => a - b,
    );
    return { indices: idx, values: idx.map(() => r()) };
  });
}

/** Exact singular values from the eigenvalues of A^T A (small m only). */
function exactSingularValues(rows: SparseVector[], m: number): number[] {
  const ata = new Float64Array(m * m);
  for (const { indices, values } of rows)
    for (let a = 0; a < indices.length; a++)
      for (let b = 0; b < indices.length; b++)
        ata[indices[a] * m + indices[b]] += values[a] * values[b];
  return symmetricEigen(ata, m).values.map((v) => Math.sqrt(Math.max(0, v)));
}

describe('symmetricEigen', () => {
  it('decomposes a small symmetric matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('lsaEmbed', () => {
  it('finds the top singular values of the matrix', () => {
    // A random matrix has a flat spectrum, the hard case for a randomized sketch: the default
    // settings come within 1%, and more power iterations converge to the exact values.
    const rows = randomSparse(60, 40, 8, 3);
    const exact = exactSingularValues(rows, 40);
    const quick = lsaEmbed(rows, 40, { dimensions: 5, normalize: false }).singularValues;
    const slow = lsaEmbed(rows, 40, {
      dimensions: 5,
      normalize: false,
      powerIterations: 30,
    }).singularValues;
    for (let i = 0; i < 5; i++) {
      expect(Math.abs(quick[i] - exact[i]) / exact[i]).toBeLessThan(0.01);
      expect(Math.abs(slow[i] - exact[i]) / exact[i]).toBeLessThan(1e-5);
    }
  });

  it('returns unit-length rows of the requested width, deterministically', () => {
    const rows = randomSparse(50, 30, 6, 4);
    const a = lsaEmbed(rows, 30, { dimensions: 10, seed: 9 });
    const b = lsaEmbed(rows, 30, { dimensions: 10, seed: 9 });
    expect(a.dimensions).toBe(10);
    for (const row of a.rows) expect(Math.hypot(...row)).toBeCloseTo(1, 10);
    expect(a.rows.map((r) => Array.from(r))).toEqual(b.rows.map((r) => Array.from(r)));
  });

  it('handles duplicate and empty documents and caps the dimensions', () => {
    const base = randomSparse(5, 12, 4, 5);
    const rows = [...base, ...base, { indices: [], values: [] }];
    const e = lsaEmbed(rows, 12, { dimensions: 100 });
    expect(e.dimensions).toBe(11);
    for (const row of e.rows) for (const x of row) expect(Number.isFinite(x)).toBe(true);
    expect(Array.from(e.rows[0])).toEqual(Array.from(e.rows[5]));
    expect(e.rows[10].every((x) => x === 0)).toBe(true);
  });
});
