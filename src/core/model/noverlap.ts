// Overlap removal: graphology-layout-noverlap's iteration (same matrix, same numbers), with its
// bookkeeping on typed arrays. The library files each node in the grid cells its box covers and
// checks each pair of nodes sharing a cell once, remembering checked pairs as strings in a Set;
// at 100k papers that Set and the per-cell arrays cost more than the checks themselves. Here the
// grid is one flat list per iteration, and a pair is checked in the first cell (by index) that
// both boxes cover, which is where the library first meets it: no pair needs remembering.

/** noverlap's settings (graphology-layout-noverlap's defaults.js). */
export interface NoverlapSettings {
  gridSize: number;
  margin: number;
  expansion: number;
  ratio: number;
  speed: number;
}

export const NOVERLAP_DEFAULTS: NoverlapSettings = {
  gridSize: 20,
  margin: 5,
  expansion: 1.1,
  ratio: 1,
  speed: 3,
};

/** Values per node in the matrix: x, y, size (the library's layout). */
const PPN = 3;

/**
 * One iteration over `matrix` (x, y, size per node, Float32 as in the library); returns whether
 * no two nodes overlapped. Of two nodes on exactly one spot, the second moves by `jitter()` times
 * the layout's extent along each axis (the library: 0.01 * (0.5 - Math.random())).
 */
export function noverlapIterate(
  settings: NoverlapSettings,
  matrix: Float32Array,
  jitter: () => number,
): boolean {
  const { margin, ratio, expansion, gridSize, speed } = settings;
  const length = matrix.length;
  const order = (length / PPN) | 0;
  const deltaX = new Float32Array(order);
  const deltaY = new Float32Array(order);

  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < length; i += PPN) {
    const x = matrix[i];
    const y = matrix[i + 1];
    const size = matrix[i + 2] * ratio + margin;
    xMin = Math.min(xMin, x - size);
    xMax = Math.max(xMax, x + size);
    yMin = Math.min(yMin, y - size);
    yMax = Math.max(yMax, y + size);
  }
  const width = xMax - xMin;
  const height = yMax - yMin;
  const xCenter = (xMin + xMax) / 2;
  const yCenter = (yMin + yMax) / 2;
  xMin = xCenter - (expansion * width) / 2;
  xMax = xCenter + (expansion * width) / 2;
  yMin = yCenter - (expansion * height) / 2;
  yMax = yCenter + (expansion * height) / 2;

  // Each node's box in grid cells, and the cells' members in node order (counting sort).
  const colMin = new Int32Array(order);
  const colMax = new Int32Array(order);
  const rowMin = new Int32Array(order);
  const rowMax = new Int32Array(order);
  const cells = gridSize * gridSize;
  const start = new Int32Array(cells + 1);
  for (let i = 0, k = 0; i < length; i += PPN, k++) {
    const x = matrix[i];
    const y = matrix[i + 1];
    const size = matrix[i + 2] * ratio + margin;
    colMin[k] = Math.floor((gridSize * (x - size - xMin)) / (xMax - xMin));
    colMax[k] = Math.floor((gridSize * (x + size - xMin)) / (xMax - xMin));
    rowMin[k] = Math.floor((gridSize * (y - size - yMin)) / (yMax - yMin));
    rowMax[k] = Math.floor((gridSize * (y + size - yMin)) / (yMax - yMin));
    for (let col = colMin[k]; col <= colMax[k]; col++)
      for (let row = rowMin[k]; row <= rowMax[k]; row++) start[col * gridSize + row + 1]++;
  }
  for (let c = 0; c < cells; c++) start[c + 1] += start[c];
  const fill = start.slice(0, cells);
  const members = new Int32Array(start[cells]);
  for (let k = 0; k < order; k++)
    for (let col = colMin[k]; col <= colMax[k]; col++)
      for (let row = rowMin[k]; row <= rowMax[k]; row++) members[fill[col * gridSize + row]++] = k;

  let converged = true;
  for (let c = 0; c < cells; c++) {
    const end = start[c + 1];
    for (let a = start[c]; a < end; a++) {
      const k1 = members[a];
      const n1 = k1 * PPN;
      const x1 = matrix[n1];
      const y1 = matrix[n1 + 1];
      const s1 = matrix[n1 + 2];
      for (let b = a + 1; b < end; b++) {
        const k2 = members[b];
        // The first cell both boxes cover; the pair is checked there only.
        const first =
          Math.max(colMin[k1], colMin[k2]) * gridSize + Math.max(rowMin[k1], rowMin[k2]);
        if (first !== c) continue;
        const n2 = k2 * PPN;
        const xDist = matrix[n2] - x1;
        const yDist = matrix[n2 + 1] - y1;
        const dist = Math.sqrt(xDist * xDist + yDist * yDist);
        const s2 = matrix[n2 + 2];
        if (dist < s1 * ratio + margin + (s2 * ratio + margin)) {
          converged = false;
          if (dist > 0) {
            deltaX[k2] += (xDist / dist) * (1 + s1);
            deltaY[k2] += (yDist / dist) * (1 + s1);
          } else {
            deltaX[k2] += width * jitter();
            deltaY[k2] += height * jitter();
          }
        }
      }
    }
  }

  for (let i = 0, k = 0; i < length; i += PPN, k++) {
    matrix[i] += deltaX[k] * 0.1 * speed;
    matrix[i + 1] += deltaY[k] * 0.1 * speed;
  }
  return converged;
}

/**
 * Moves nodes (x, y, size) apart until none overlap or `maxIterations` have run, as
 * graphology-layout-noverlap does on a graph; returns the new positions.
 */
export function removeOverlaps(
  x: Float64Array,
  y: Float64Array,
  size: Float64Array,
  maxIterations: number,
  settings: Partial<NoverlapSettings>,
  jitter: () => number,
): { x: Float64Array; y: Float64Array } {
  const resolved = { ...NOVERLAP_DEFAULTS, ...settings };
  const n = x.length;
  const matrix = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    matrix[i * PPN] = x[i];
    matrix[i * PPN + 1] = y[i];
    matrix[i * PPN + 2] = size[i] || 1;
  }
  for (let k = 0; k < maxIterations; k++) if (noverlapIterate(resolved, matrix, jitter)) break;
  const outX = new Float64Array(n);
  const outY = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    outX[i] = matrix[i * PPN];
    outY[i] = matrix[i * PPN + 1];
  }
  return { x: outX, y: outY };
}
