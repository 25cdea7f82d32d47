// Latent semantic analysis: a truncated SVD of the TF-IDF matrix by randomized subspace
// iteration (Halko, Martinsson & Tropp 2011). Papers that use different words for one topic end
// up close, which makes k-means on the embeddings better than on raw TF-IDF, and the dense
// low-dimensional rows make k-means fast.

import type { SparseVector } from '../types.ts';
import { type Dense, gram, multiplySmall, orthonormalize, symmetricEigen } from './eigen.ts';
import { createGaussian, createRandom } from './random.ts';

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

/** A x M for sparse rows A (n x m) and dense M (m x l). */
function sparseTimesDense(a: readonly SparseVector[], m: Dense): Dense {
  const l = m.cols;
  const out = new Float64Array(a.length * l);
  for (let r = 0; r < a.length; r++) {
    const { indices, values } = a[r];
    const o = r * l;
    for (let e = 0; e < indices.length; e++) {
      const x = values[e];
      const mo = indices[e] * l;
      for (let c = 0; c < l; c++) out[o + c] += x * m.data[mo + c];
    }
  }
  return { rows: a.length, cols: l, data: out };
}

/** A^T x M for sparse rows A (n x m) and dense M (n x l): an m x l result. */
function sparseTransposeTimesDense(a: readonly SparseVector[], m: Dense, featureCount: number): Dense {
  const l = m.cols;
  const out = new Float64Array(featureCount * l);
  for (let r = 0; r < a.length; r++) {
    const { indices, values } = a[r];
    const o = r * l;
    for (let e = 0; e < indices.length; e++) {
      const x = values[e];
      const fo = indices[e] * l;
      for (let c = 0; c < l; c++) out[fo + c] += x * m.data[o + c];
    }
  }
  return { rows: featureCount, cols: l, data: out };
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
  if (d === 0) return { rows: vectors.map(() => new Float64Array(0)), dimensions: 0, singularValues: [] };
  const l = Math.min(d + o.oversampling, n, featureCount);

  const gaussian = createGaussian(createRandom(o.seed));
  const omega = new Float64Array(featureCount * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian();

  let q = orthonormalize(sparseTimesDense(vectors, { rows: featureCount, cols: l, data: omega }));
  for (let it = 0; it < o.powerIterations; it++) {
    const z = sparseTransposeTimesDense(vectors, q, featureCount);
    q = orthonormalize(sparseTimesDense(vectors, z));
  }
  // With A ~ Q B and B^T = A^T Q: the eigenvectors W of B B^T rotate Q onto A's left singular
  // vectors, and its eigenvalues are the squared singular values.
  const bt = sparseTransposeTimesDense(vectors, q, featureCount);
  const { values, vectors: w } = symmetricEigen(gram(bt), l);
  const sigma = values.slice(0, d).map((v) => Math.sqrt(Math.max(v, 0)));
  const scaled = new Float64Array(l * d);
  for (let r = 0; r < l; r++) for (let c = 0; c < d; c++) scaled[r * d + c] = w[r * l + c] * sigma[c];
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
