// The map's 2-D layout: seeded cluster positions, refined by ForceAtlas2 along the neighbour
// edges, then de-overlapped with noverlap. Computing and applying are separate steps
// (computeLayout returns arrays).

import forceAtlas2Layout from 'graphology-layout-forceatlas2';
import { forceAtlas2 } from './force-atlas.ts';
import { addEdges, addGroupLinks, LinkSet } from './layout-links.ts';
import { removeOverlaps } from './noverlap.ts';
import { createRandom, deriveSeed } from './random.ts';
import { seedPositions, type LinkLike } from './layout-seed.ts';

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; by default fewer for larger graphs (each costs more). */
  iterations?: number;
  /** Node sizes' range, in the coordinates' units. */
  minSize?: number;
  maxSize?: number;
  /**
   * Sub-topic per paper (null where its cluster has none). Papers of one sub-topic get layout-only
   * links too, so that sub-topics are regions inside their cluster's region and their titles
   * (shown when zoomed in) sit over their own papers.
   */
  topics?: readonly (number | null)[];
}

/**
 * Weight, relative to the mean link, of layout-only links between papers of one cluster. They
 * make clusters visible regions (on arxiv10, mean distance within a cluster / across clusters
 * 0.38 without, 0.27 with) at almost no cost in neighbour distance.
 */
const CLUSTER_PULL = 1;
/**
 * Weight of the sub-topic links, relative to the mean link. On the default map, mean distance
 * between papers of one sub-topic / of sibling sub-topics: 0.78 without, 0.70 at 1, 0.66 at 2,
 * 0.59 at 3 (which starts to pull sub-topics away from their links).
 */
const TOPIC_PULL = 2;

export interface Layout {
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
}

/**
 * Iterations that settle the layout within a few seconds at any size. Above 20k papers fewer
 * still, down to 30, so that the layout's time grows no faster than the map (each Barnes-Hut
 * iteration costs n log n): papers start in their cluster's disc, and the first iterations do
 * most of the moving.
 */
export function defaultIterations(n: number): number {
  if (n <= 500) return 500;
  if (n <= 2000) return 300;
  if (n <= 5000) return 120;
  if (n <= 20000) return 60;
  return Math.max(30, Math.round(1.2e6 / n));
}

/** Size by weighted degree (sum of similarities): well-connected papers are hubs of their topic. */
export function nodeSizes(
  n: number,
  edges: readonly LinkLike[],
  minSize: number,
  maxSize: number,
): Float64Array {
  const strength = new Float64Array(n);
  for (const e of edges) {
    strength[e.source] += e.weight;
    strength[e.target] += e.weight;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of strength) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  const size = new Float64Array(n);
  // Square root: a paper with four times the links looks twice as big, not four times.
  for (let i = 0; i < n; i++)
    size[i] =
      hi > lo
        ? minSize + (maxSize - minSize) * Math.sqrt((strength[i] - lo) / (hi - lo))
        : (minSize + maxSize) / 2;
  return size;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Positions for n papers given their neighbour edges and cluster assignments. Coordinates are
 * scaled so that nodes of the returned sizes have room (about 4 mean diameters per paper across),
 * then overlaps are removed; values are rounded to 2 decimals, and no two papers share a point.
 */
export function computeLayout(
  n: number,
  edges: readonly LinkLike[],
  assignments: readonly number[],
  options: LayoutOptions,
): Layout {
  const minSize = options.minSize ?? 3;
  const maxSize = options.maxSize ?? 12;
  const size = nodeSizes(n, edges, minSize, maxSize).map(round2);
  if (n === 0) return { x: new Float64Array(0), y: new Float64Array(0), size };
  const start = seedPositions(n, edges, assignments, createRandom(options.seed));

  const links = new LinkSet(n);
  addEdges(links, edges);
  if (edges.length > 0) {
    const meanWeight = edges.reduce((a, e) => a + e.weight, 0) / edges.length;
    addGroupLinks(
      links,
      assignments,
      CLUSTER_PULL * meanWeight,
      createRandom(deriveSeed(options.seed, 1)),
    );
    if (options.topics)
      addGroupLinks(
        links,
        options.topics,
        TOPIC_PULL * meanWeight,
        createRandom(deriveSeed(options.seed, 2)),
      );
  }

  let { x: xs, y: ys } = start;
  if (links.size > 0) {
    const settings = {
      ...forceAtlas2Layout.inferSettings(n),
      barnesHutOptimize: n > 300,
      // A coarser Barnes-Hut approximation halves the cost per iteration on big maps.
      barnesHutTheta: n > 5000 ? 1 : 0.5,
      edgeWeightInfluence: 1,
    };
    const iterations = options.iterations ?? defaultIterations(n);
    ({ x: xs, y: ys } = forceAtlas2(xs, ys, size, links.toArrays(), iterations, settings));
  }

  // Scale to the nodes' size units: the extent grows with sqrt(n) so density stays the same.
  const meanSize = size.reduce((a, b) => a + b, 0) / n;
  const target = Math.sqrt(n) * 4 * meanSize;
  const extent = Math.max(span(xs), span(ys)) || 1;
  const scale = target / extent;
  for (let i = 0; i < n; i++) {
    xs[i] *= scale;
    ys[i] *= scale;
  }
  // Two nodes on exactly one spot would be moved apart by noverlap's jitter: they are moved
  // apart here first, by a seed-free rule (the jitter is seeded too, but then depends on the
  // order in which noverlap meets such pairs).
  separateExactly(xs, ys, meanSize / 100);
  // About one node per grid cell keeps noverlap's pairwise checks local: its cost grows with the
  // square of the papers per cell (at 100k papers a grid of 200 x 200 took 56 s, more than
  // ForceAtlas2).
  const gridSize = Math.max(20, Math.min(400, Math.round(Math.sqrt(n))));
  const jitterRandom = createRandom(deriveSeed(options.seed, 3));
  const placed = removeOverlaps(
    xs,
    ys,
    size,
    n > 20000 ? 20 : n > 5000 ? 30 : 100,
    { margin: 1, ratio: 1.05, gridSize },
    () => 0.01 * (0.5 - jitterRandom()),
  );

  const x = placed.x.map(round2);
  const y = placed.y.map(round2);
  separateCoincident(x, y);
  return { x, y, size };
}

function span(v: Float64Array): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of v) {
    lo = Math.min(lo, a);
    hi = Math.max(hi, a);
  }
  return hi - lo;
}

/**
 * Moves each node that sits exactly where an earlier one does by `step` along x (repeatedly,
 * until its spot is free); every other node keeps its position.
 */
export function separateExactly(x: Float64Array, y: Float64Array, step: number): void {
  const taken = new Set<string>();
  for (let i = 0; i < x.length; i++) {
    while (taken.has(`${x[i]},${y[i]}`)) x[i] += step;
    taken.add(`${x[i]},${y[i]}`);
  }
}

/** Nudges papers that landed on one point (after rounding) apart, deterministically. */
function separateCoincident(x: Float64Array, y: Float64Array) {
  const taken = new Set<string>();
  for (let i = 0; i < x.length; i++) {
    let step = 0;
    while (taken.has(`${x[i]},${y[i]}`)) {
      step++;
      x[i] = round2(x[i] + 0.01 * step);
    }
    taken.add(`${x[i]},${y[i]}`);
  }
}
