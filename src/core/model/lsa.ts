// Latent semantic analysis: a truncated SVD of the TF-IDF matrix by randomized subspace
// iteration (Halko, Martinsson & Tropp 2011). Papers that use different words for one topic end
// up close, which makes k-means on the embeddings better than on raw TF-IDF, and the dense
// low-dimensional rows make k-means fast.

import type { SparseVector } from '../types.ts';
import { type Dense, gram, multiplySmall, orthonormalize, symmetricEigen } from './eigen.ts';
import { createRandom } from './random.ts';

export interface LsaOptions {
  /** Embedding dimensions (capped by the matrix's size). */
  dimensions?: number;
  /** Extra sketch columns beyond `dimensions`: they make the top directions accurate. */
  oversampling?: number;
  /** Power iterations: each sharpens the gap between strong and weak directions. */
  powerIterations?: number;
  /** Scale each embedding to unit length, so k-means' Euclidean distance acts like cosine. */
  normalize?: boolean;
  seed?: number;
}

export const DEFAULT_LSA_OPTIONS: Required<LsaOptions> = {
  dimensions: 100,
  oversampling: 10,
  powerIterations: 3,
  normalize: true,
  seed: 1,
};

export interface Embedding {
  /** One row per document, `dimensions` wide. */
  rows: Float64Array[];
  dimensions: number;
  /** Singular values of the top directions, descending. */
  singularValues: number[];
}

/** The TF-IDF matrix in compressed sparse rows: flat typed arrays keep the products cache-friendly. */
interface Csr {
  rows: number;
  cols: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

function toCsr(vectors: readonly SparseVector[], featureCount: number): Csr {
  const offsets = new Int32Array(vectors.length + 1);
  vectors.forEach((v, r) => (offsets[r + 1] = offsets[r] + v.indices.length));
  const indices = new Int32Array(offsets[vectors.length]);
  const values = new Float64Array(offsets[vectors.length]);
  vectors.forEach((v, r) => {
    indices.set(v.indices, offsets[r]);
    values.set(v.values, offsets[r]);
  });
  return { rows: vectors.length, cols: featureCount, offsets, indices, values };
}

/** A M for sparse A (n x m) and dense M (m x l). */
function sparseTimesDense(a: Csr, m: Dense): Dense {
  const l = m.cols;
  const out = new Float64Array(a.rows * l);
  const md = m.data;
  const { offsets, indices, values } = a;
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    const end = offsets[r + 1];
    let e = offsets[r];
    // Two entries per pass over the output row, added in order: the same bits, half the loads
    // and stores of the row.
    for (; e + 2 <= end; e += 2) {
      const x0 = values[e];
      const x1 = values[e + 1];
      const m0 = indices[e] * l;
      const m1 = indices[e + 1] * l;
      for (let c = 0; c < l; c++) out[o + c] = out[o + c] + x0 * md[m0 + c] + x1 * md[m1 + c];
    }
    if (e < end) {
      const x = values[e];
      const mo = indices[e] * l;
      for (let c = 0; c < l; c++) out[o + c] += x * md[mo + c];
    }
  }
  return { rows: a.rows, cols: l, data: out };
}

/**
 * A's columns (compressed sparse columns), each column's entries in row order: A^T M then
 * accumulates one output row at a time, in cache, instead of scattering across all of them.
 */
interface Csc {
  offsets: Int32Array;
  rows: Int32Array;
  values: Float64Array;
}

function toCsc(a: Csr): Csc {
  const offsets = new Int32Array(a.cols + 1);
  for (let e = 0; e < a.indices.length; e++) offsets[a.indices[e] + 1]++;
  for (let f = 0; f < a.cols; f++) offsets[f + 1] += offsets[f];
  const next = offsets.slice(0, a.cols);
  const rows = new Int32Array(a.indices.length);
  const values = new Float64Array(a.indices.length);
  for (let r = 0; r < a.rows; r++)
    for (let e = a.offsets[r], end = a.offsets[r + 1]; e < end; e++) {
      const at = next[a.indices[e]]++;
      rows[at] = r;
      values[at] = a.values[e];
    }
  return { offsets, rows, values };
}

/**
 * A^T M for sparse A (n x m, given by its columns) and dense M (n x l): an m x l result, in
 * single precision. Each entry adds its rows' terms in row order, rounded to single precision
 * after every addition (as a Float32Array entry updated row by row would be).
 */
function sparseTransposeTimesDense(a: Csc, m: Dense): Dense {
  const l = m.cols;
  const cols = a.offsets.length - 1;
  const out = new Float32Array(cols * l);
  const md = m.data;
  const { offsets, rows, values } = a;
  const fround = Math.fround;
  for (let f = 0; f < cols; f++) {
    const fo = f * l;
    const end = offsets[f + 1];
    let e = offsets[f];
    // Two entries per pass over the output row (scattering rows was ~1.5 times slower).
    for (; e + 2 <= end; e += 2) {
      const x0 = values[e];
      const x1 = values[e + 1];
      const o0 = rows[e] * l;
      const o1 = rows[e + 1] * l;
      for (let c = 0; c < l; c++)
        out[fo + c] = fround(fround(out[fo + c] + x0 * md[o0 + c]) + x1 * md[o1 + c]);
    }
    if (e < end) {
      const x = values[e];
      const o = rows[e] * l;
      for (let c = 0; c < l; c++) out[fo + c] = fround(out[fo + c] + x * md[o + c]);
    }
  }
  return { rows: cols, cols: l, data: out };
}

/**
 * Embeds sparse TF-IDF vectors into `dimensions` LSA dimensions (U Sigma, as scikit-learn's
 * TruncatedSVD.transform), optionally L2-normalised. Deterministic for a given seed.
 */
export function lsaEmbed(
  vectors: readonly SparseVector[],
  featureCount: number,
  options: LsaOptions = {},
): Embedding {
  const o = { ...DEFAULT_LSA_OPTIONS, ...options };
  const n = vectors.length;
  const d = Math.max(0, Math.min(o.dimensions, n, featureCount));
  if (d === 0)
    return { rows: vectors.map(() => new Float64Array(0)), dimensions: 0, singularValues: [] };
  const l = Math.min(d + o.oversampling, n, featureCount);

  const a = toCsr(vectors, featureCount);
  const at = toCsc(a);
  // Random signs sketch as well as Gaussians do (Halko et al. 2011, section 7.4), cost less, and
  // need no Math.log/cos, whose last bits may differ between JavaScript engines.
  const random = createRandom(o.seed);
  const omega = new Float32Array(featureCount * l);
  for (let i = 0; i < omega.length; i++) omega[i] = random() < 0.5 ? -1 : 1;

  let q = orthonormalize(sparseTimesDense(a, { rows: featureCount, cols: l, data: omega }));
  for (let it = 0; it < o.powerIterations; it++) {
    q = orthonormalize(sparseTimesDense(a, sparseTransposeTimesDense(at, q)));
  }
  // With A ~ Q B and B^T = A^T Q: the eigenvectors W of B B^T rotate Q onto A's left singular
  // vectors, and its eigenvalues are the squared singular values.
  const bt = sparseTransposeTimesDense(at, q);
  const { values, vectors: w } = symmetricEigen(gram(bt), l);
  const sigma = values.slice(0, d).map((v) => Math.sqrt(Math.max(v, 0)));
  const scaled = new Float64Array(l * d);
  for (let r = 0; r < l; r++)
    for (let c = 0; c < d; c++) scaled[r * d + c] = w[r * l + c] * sigma[c];
  const u = multiplySmall(q, scaled, d);

  const rows: Float64Array[] = [];
  for (let r = 0; r < n; r++) {
    const row = u.data.slice(r * d, (r + 1) * d);
    if (o.normalize) {
      let norm = 0;
      for (let c = 0; c < d; c++) norm += row[c] * row[c];
      norm = Math.sqrt(norm);
      if (norm > 0) for (let c = 0; c < d; c++) row[c] /= norm;
    }
    rows.push(row);
  }
  return { rows, dimensions: d, singularValues: sigma };
}
