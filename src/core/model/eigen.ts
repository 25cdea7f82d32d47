// Small dense linear algebra for LSA: a symmetric eigensolver and an orthonormaliser for tall
// matrices. Sizes here are at most ~120 x 120 (the sketch width), so clarity beats speed, and
// no dense-matrix package is needed.

/** A row-major dense matrix. */
export interface Dense {
  rows: number;
  cols: number;
  data: Float64Array;
}

/**
 * Eigen-decomposition of a symmetric l x l matrix (row-major) by cyclic Jacobi rotations.
 * Returns eigenvalues in descending order (ties by original position) and the matching
 * eigenvectors as the columns of a row-major l x l matrix. Jacobi is slow for big matrices but
 * exact to rounding and fully deterministic, which is what the sketch needs.
 */
export function symmetricEigen(matrix: Float64Array, l: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let total = 0;
    for (let p = 0; p < l; p++)
      for (let q = 0; q < l; q++) {
        const x = a[p * l + q] * a[p * l + q];
        total += x;
        if (p !== q) off += x;
      }
    if (off <= 1e-30 * total || off === 0) break;
    for (let p = 0; p < l - 1; p++)
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q];
        if (apq === 0) continue;
        const theta = (a[q * l + q] - a[p * l + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A <- J^T A J, touching rows and columns p and q only.
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p];
          const akq = a[k * l + q];
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k];
          const aqk = a[q * l + k];
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p];
          const vkq = v[k * l + q];
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort(
    (i, j) => a[j * l + j] - a[i * l + i] || i - j,
  );
  const vectors = new Float64Array(l * l);
  for (let r = 0; r < l; r++)
    for (let c = 0; c < l; c++) vectors[r * l + c] = v[r * l + order[c]];
  return { values: order.map((i) => a[i * l + i]), vectors };
}

/** Gram matrix M^T M (cols x cols) of a row-major matrix, accumulated row by row. */
export function gram(m: Dense): Float64Array {
  const { rows, cols, data } = m;
  const g = new Float64Array(cols * cols);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let a = 0; a < cols; a++) {
      const x = data[o + a];
      if (x === 0) continue;
      const ga = a * cols;
      for (let b = a; b < cols; b++) g[ga + b] += x * data[o + b];
    }
  }
  for (let a = 0; a < cols; a++) for (let b = 0; b < a; b++) g[a * cols + b] = g[b * cols + a];
  return g;
}

/** M W for a row-major M (rows x l) and W (l x c). */
export function multiplySmall(m: Dense, w: Float64Array, c: number): Dense {
  const { rows, cols, data } = m;
  const out = new Float64Array(rows * c);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    const oo = r * c;
    for (let a = 0; a < cols; a++) {
      const x = data[o + a];
      if (x === 0) continue;
      const wa = a * c;
      for (let b = 0; b < c; b++) out[oo + b] += x * w[wa + b];
    }
  }
  return { rows, cols: c, data: out };
}

/**
 * An orthonormal basis of M's column space, same shape as M: Q = M V diag(1/sqrt(lambda)) from
 * the eigen-decomposition of M^T M. Directions with negligible energy become zero columns, so
 * rank-deficient input (duplicate or empty documents) is harmless. Squaring the condition number
 * costs precision, which is why callers re-orthonormalise after every power-iteration step.
 */
export function orthonormalize(m: Dense): Dense {
  const l = m.cols;
  const { values, vectors } = symmetricEigen(gram(m), l);
  const top = Math.max(values[0] ?? 0, 0);
  const w = new Float64Array(l * l);
  for (let c = 0; c < l; c++) {
    const lambda = values[c];
    if (!(lambda > top * 1e-12) || lambda <= 0) continue;
    const s = 1 / Math.sqrt(lambda);
    for (let r = 0; r < l; r++) w[r * l + c] = vectors[r * l + c] * s;
  }
  return multiplySmall(m, w, l);
}
