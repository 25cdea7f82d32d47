// Placement of labels on the map as geometry: boxes in, placed boxes out. Each label wants to sit
// centred on its anchor; it may move a little (a fraction of its size) to keep clear of labels
// placed before it and of obstacles (the selected paper's title), and slide inward at the edges of
// the view. A label that finds no free place is left out; among the free places it prefers one
// that covers none of the boxes to avoid (the papers' dots). Pure and deterministic, so that tests
// can check that no two placed labels overlap without a browser.

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest<Id = string> {
  id: Id;
  /** Where the label wants its centre, in viewport pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel<Id = string> {
  id: Id;
  /** The label's centre. */
  x: number;
  y: number;
  rect: Rect;
}

export interface LayoutOptions {
  /** The view: labels are kept inside it. */
  bounds: Rect;
  /** Boxes no label may cover. */
  obstacles?: readonly Rect[];
  /** Boxes a label would rather not cover: a free place clear of them wins when within reach. */
  avoid?: readonly Rect[];
  /** Space kept between two labels, and between a label and an obstacle. */
  gap?: number;
  /** How far a label may move from its anchor, in its own widths (x) and heights (y). */
  maxShift?: { x: number; y: number };
}

/** Open rectangles: touching edges do not intersect. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}

const grow = (r: Rect, by: number): Rect => ({
  x0: r.x0 - by,
  y0: r.y0 - by,
  x1: r.x1 + by,
  y1: r.y1 + by,
});

// Candidate moves, in label heights (y) and widths (x), nearest first: straight up or down
// before sideways, since a title above or below its centroid still reads as the region's.
const MOVES: readonly [number, number][] = (() => {
  const moves: [number, number][] = [];
  for (const dy of [0, -0.6, 0.6, -1.2, 1.2, -1.8, 1.8])
    for (const dx of [0, -0.3, 0.3, -0.6, 0.6]) moves.push([dx, dy]);
  return moves.sort((a, b) => Math.hypot(a[0] * 3, a[1]) - Math.hypot(b[0] * 3, b[1]));
})();

/**
 * Places labels in the order given (the caller puts the most important first). Every placed
 * label lies inside the bounds and intersects no other placed label and no obstacle, each grown
 * by `gap`.
 */
export function layoutLabels<Id>(
  requests: readonly LabelRequest<Id>[],
  { bounds, obstacles = [], avoid = [], gap = 4, maxShift = { x: 0.6, y: 1.8 } }: LayoutOptions,
): PlacedLabel<Id>[] {
  const taken: Rect[] = obstacles.map((o) => grow(o, gap));
  const soft = new RectGrid(avoid);
  const placed: PlacedLabel<Id>[] = [];
  for (const req of requests) {
    const { width: w, height: h } = req;
    if (!(w > 0 && h > 0) || w > bounds.x1 - bounds.x0 || h > bounds.y1 - bounds.y0) continue;
    let chosen: PlacedLabel<Id> | null = null;
    for (const [mx, my] of MOVES) {
      if (Math.abs(mx) > maxShift.x || Math.abs(my) > maxShift.y) continue;
      // Slide inward at the edges, as long as the label stays near its anchor.
      const cx = clamp(req.x + mx * w, bounds.x0 + w / 2, bounds.x1 - w / 2);
      const cy = clamp(req.y + my * h, bounds.y0 + h / 2, bounds.y1 - h / 2);
      if (Math.abs(cx - req.x) > maxShift.x * w || Math.abs(cy - req.y) > maxShift.y * h) continue;
      const rect = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      if (taken.some((t) => intersects(rect, t))) continue;
      const clear = !soft.hits(rect);
      if (chosen === null || clear) chosen = { id: req.id, x: cx, y: cy, rect };
      if (clear) break;
    }
    if (chosen) {
      placed.push(chosen);
      taken.push(grow(chosen.rect, gap));
    }
  }
  return placed;
}

/** Rectangles bucketed by a grid of square cells, so that a lookup is cheap among thousands. */
class RectGrid {
  private readonly cells = new Map<string, Rect[]>();
  constructor(
    rects: readonly Rect[],
    private readonly size = 64,
  ) {
    for (const r of rects)
      this.forCells(r, (key) => {
        const cell = this.cells.get(key);
        if (cell) cell.push(r);
        else this.cells.set(key, [r]);
      });
  }
  private forCells(r: Rect, fn: (key: string) => boolean | void): boolean {
    for (let i = Math.floor(r.x0 / this.size); i <= Math.floor(r.x1 / this.size); i++)
      for (let j = Math.floor(r.y0 / this.size); j <= Math.floor(r.y1 / this.size); j++)
        if (fn(`${i},${j}`) === true) return true;
    return false;
  }
  hits(r: Rect): boolean {
    if (this.cells.size === 0) return false;
    return this.forCells(r, (key) => this.cells.get(key)?.some((b) => intersects(r, b)));
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
