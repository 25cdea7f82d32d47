// Starting positions for the force layout: each cluster gets a place on a circle, next to the
// clusters it shares the most links with, and its papers start in a disc around that place.
// ForceAtlas2 then only has to refine, which is faster and keeps clusters as visible regions.

import { pointInDisc, type Random } from './random.ts';
import { cosSin } from './det-math.ts';

export interface LinkLike {
  source: number;
  target: number;
  weight: number;
}

/**
 * Cluster order around the circle: a greedy chain from cluster 0 (the largest), each step
 * taking the unplaced cluster most strongly linked to the last one placed (ties: lower id).
 */
export function clusterOrder(
  k: number,
  edges: readonly LinkLike[],
  assignments: readonly number[],
): number[] {
  const link = Array.from({ length: k }, () => new Float64Array(k));
  for (const e of edges) {
    const a = assignments[e.source];
    const b = assignments[e.target];
    if (a === b) continue;
    link[a][b] += e.weight;
    link[b][a] += e.weight;
  }
  const order = [0];
  const placed = new Uint8Array(k);
  placed[0] = 1;
  while (order.length < k) {
    const last = order[order.length - 1];
    let best = -1;
    for (let c = 0; c < k; c++)
      if (!placed[c] && (best < 0 || link[last][c] > link[last][best])) best = c;
    order.push(best);
    placed[best] = 1;
  }
  return order;
}

/** Initial x, y per paper: cluster discs (radius ~ sqrt(size)) around a circle, seeded jitter. */
export function seedPositions(
  n: number,
  edges: readonly LinkLike[],
  assignments: readonly number[],
  random: Random,
): { x: Float64Array; y: Float64Array } {
  const k = assignments.reduce((m, c) => Math.max(m, c + 1), 0);
  const sizes = new Array<number>(k).fill(0);
  for (const c of assignments) sizes[c]++;
  const order = clusterOrder(k, edges, assignments);
  // The circle is long enough for every cluster's disc, so discs start apart.
  const radii = sizes.map((s) => Math.sqrt(s));
  const circumference = radii.reduce((a, r) => a + 2.5 * r, 0);
  const ring = k > 1 ? circumference / (2 * Math.PI) : 0;
  const cx = new Float64Array(k);
  const cy = new Float64Array(k);
  let along = 0;
  for (const c of order) {
    along += 1.25 * radii[c];
    const angle = (2 * Math.PI * along) / Math.max(circumference, 1e-9);
    const [cos, sin] = cosSin(angle);
    cx[c] = ring * cos;
    cy[c] = ring * sin;
    along += 1.25 * radii[c];
  }

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = assignments[i];
    const [dx, dy] = pointInDisc(random);
    x[i] = cx[c] + radii[c] * dx;
    y[i] = cy[c] + radii[c] * dy;
  }
  return { x, y };
}
