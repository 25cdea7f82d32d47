// ForceAtlas2 on flat arrays: graphology-layout-forceatlas2's own iteration, fed the matrices its
// graphToByteArrays would build from a graph of these nodes and links, without building the
// graph (at 100k papers that took ~8 s and much of the garbage collector's time).

import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutLinks } from './layout-links.ts';

/** Properties per node and per edge in the kernel's matrices (helpers.js: PPN, PPE). */
const PPN = 10;
const PPE = 3;

/**
 * Runs `iterations` ForceAtlas2 steps from positions x, y (nodes of the given sizes) along the
 * links, and returns the new positions. The same numbers as forceAtlas2.assign on a graphology
 * graph whose nodes were added in index order and whose edges in the links' order.
 */
export function forceAtlas2(
  x: Float64Array,
  y: Float64Array,
  size: Float64Array,
  links: LayoutLinks,
  iterations: number,
  settings: ForceAtlas2Settings,
): { x: Float64Array; y: Float64Array } {
  if (!(iterations > 0)) throw new Error('forceAtlas2: invalid number of iterations.');
  const n = x.length;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = x[i];
    nodes[j + 1] = y[i];
    nodes[j + 6] = 1; // mass: 1 + weighted degree, below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = size[i] || 1;
  }
  const m = links.weight.length;
  const edges = new Float32Array(m * PPE);
  for (let e = 0; e < m; e++) {
    const s = links.source[e] * PPN;
    const t = links.target[e] * PPN;
    const w = links.weight[e];
    nodes[s + 6] += w;
    nodes[t + 6] += w;
    edges[e * PPE] = s;
    edges[e * PPE + 1] = t;
    edges[e * PPE + 2] = w;
  }
  const resolved = { ...DEFAULT_SETTINGS, ...settings };
  for (let k = 0; k < iterations; k++) iterate(resolved, nodes, edges);
  const outX = new Float64Array(n);
  const outY = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    outX[i] = nodes[i * PPN];
    outY[i] = nodes[i * PPN + 1];
  }
  return { x: outX, y: outY };
}
