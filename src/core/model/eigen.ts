// Small dense linear algebra for LSA: a symmetric eigensolver and an orthonormaliser for tall
// matrices. Sizes here are at most ~120 x 120 (the sketch width), so clarity beats speed, and
// no dense-matrix package is needed.

/** A row-major dense matrix (single precision where a big sketch only needs to be read). */
export interface Dense {
  rows: number;
  cols: number;
  data: Float64Array | Float32Array;
}

/** A dense matrix this module computed, always in double precision. */
export interface Dense64 extends Dense {
  data: Float64Array;
}

/**
 * Eigen-decomposition of a symmetric l x l matrix (row-major) by cyclic Jacobi rotations.
 * Returns eigenvalues in descending order (ties by original position) and the matching
 * eigenvectors as the columns of a row-major l x l matrix. Jacobi is slow for big matrices but
 * exact to rounding and fully deterministic, which is what the sketch needs.
 */
export function symmetricEigen(
  matrix: Float64Array,
  l: number,
): { values: number[]; vectors: Float64Array } {
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
    // Off-diagonal energy below 1e-24 of the total (1e-12 in norm) is rounding noise.
    if (off <= 1e-24 * total) break;
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
  for (let r = 0; r < l; r++) for (let c = 0; c < l; c++) vectors[r * l + c] = v[r * l + order[c]];
  return { values: order.map((i) => a[i * l + i]), vectors };
}

/**
 * Gram matrix M^T M (cols x cols) of a row-major matrix, accumulated row by row. Four rows are
 * added per pass over G (each entry still sums its rows in order, so the bits are those of one
 * row at a time): G is read and written a quarter as often, which was most of its cost.
 */
export function gram(m: Dense): Float64Array {
  const { rows, cols, data } = m;
  const g = new Float64Array(cols * cols);
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const o0 = r * cols;
    const o1 = o0 + cols;
    const o2 = o1 + cols;
    const o3 = o2 + cols;
    for (let a = 0; a < cols; a++) {
      const x0 = data[o0 + a];
      const x1 = data[o1 + a];
      const x2 = data[o2 + a];
      const x3 = data[o3 + a];
      const ga = a * cols;
      // The one-row loop skips zeros; adding 0 * y would turn a -0 entry into +0 (or a NaN in).
      if (x0 !== 0 && x1 !== 0 && x2 !== 0 && x3 !== 0) {
        for (let b = a; b < cols; b++)
          g[ga + b] =
            g[ga + b] +
            x0 * data[o0 + b] +
            x1 * data[o1 + b] +
            x2 * data[o2 + b] +
            x3 * data[o3 + b];
      } else {
        if (x0 !== 0) for (let b = a; b < cols; b++) g[ga + b] += x0 * data[o0 + b];
        if (x1 !== 0) for (let b = a; b < cols; b++) g[ga + b] += x1 * data[o1 + b];
        if (x2 !== 0) for (let b = a; b < cols; b++) g[ga + b] += x2 * data[o2 + b];
        if (x3 !== 0) for (let b = a; b < cols; b++) g[ga + b] += x3 * data[o3 + b];
      }
    }
  }
  for (; r < rows; r++) {
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
export function multiplySmall(m: Dense, w: Float64Array, c: number): Dense64 {
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
 * An orthonormal basis of M's column space, same shape as M, by Cholesky QR: M^T M = R^T R,
 * Q = M R^-1. A column whose pivot is negligible (it depends on the earlier ones: duplicate or
 * empty documents) becomes a zero column instead of failing. Squaring the condition number
 * costs precision, which is why LSA re-orthonormalises after every power-iteration step; it is
 * several times faster than an eigen-decomposition or Gram-Schmidt on tall matrices.
 */
export function orthonormalize(m: Dense): Dense64 {
  const l = m.cols;
  const g = gram(m);
  const r = new Float64Array(l * l);
  for (let j = 0; j < l; j++) {
    let d = g[j * l + j];
    for (let i = 0; i < j; i++) d -= r[i * l + j] * r[i * l + j];
    if (!(d > 1e-12 * g[j * l + j]) || !(d > 0)) continue; // dependent column: row j of R stays 0
    const rjj = Math.sqrt(d);
    r[j * l + j] = rjj;
    for (let k = j + 1; k < l; k++) {
      let s = g[j * l + k];
      for (let i = 0; i < j; i++) s -= r[i * l + j] * r[i * l + k];
      r[j * l + k] = s / rjj;
    }
  }
  // Each row q of Q solves q R = y by forward substitution, reading R by columns (stored as
  // rows of its transpose, so that the inner loop walks memory in order).
  const rt = new Float64Array(l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) rt[j * l + i] = r[i * l + j];
  const out = new Float64Array(m.rows * l);
  for (let row = 0; row < m.rows; row++) {
    const o = row * l;
    for (let j = 0; j < l; j++) {
      const rjj = rt[j * l + j];
      if (rjj === 0) continue;
      let s = m.data[o + j];
      for (let i = 0, rj = j * l; i < j; i++) s -= out[o + i] * rt[rj + i];
      out[o + j] = s / rjj;
    }
  }
  return { rows: m.rows, cols: l, data: out };
}
