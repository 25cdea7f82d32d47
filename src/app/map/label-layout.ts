// Placement of the map's text as geometry: boxes in, placed boxes out. Every label (a region
// title, a paper's label) comes with the places it may go, in groups tried in order (a title's
// shapes: whole, wrapped, shortened; a paper label's sides of its dot). Labels are placed in the
// order given (most important first), each at the first free place of its first group that has
// one, preferring a place clear of the boxes to avoid (the papers' dots) within that group. A
// label with no free place is left out. Pure and deterministic, so that tests can check without
// a browser that nothing placed overlaps anything else.

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest<Id = string> {
  id: Id;
  /** The places the label may go, in groups tried in order, best first within each. */
  groups: readonly (readonly Rect[])[];
  /** Prefer, within a group, a place that covers none of the boxes to avoid. */
  avoid?: boolean;
}

export interface PlacedLabel<Id = string> {
  id: Id;
  rect: Rect;
  /** Which group the place came from (a title's shape). */
  group: number;
}

export interface LayoutOptions {
  /** The view: labels are kept inside it. */
  bounds: Rect;
  /** Boxes no label may cover (the controls, the focus paper's title box). */
  obstacles?: readonly Rect[];
  /** Boxes a label asking for it would rather not cover. */
  avoid?: readonly Rect[];
  /** Space kept between two labels, and between a label and an obstacle. */
  gap?: number;
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

const inside = (r: Rect, b: Rect) => r.x0 >= b.x0 && r.y0 >= b.y0 && r.x1 <= b.x1 && r.y1 <= b.y1;

/**
 * Places labels in the order given. Every placed label lies inside the bounds at one of its
 * places and intersects no other placed label and no obstacle, each grown by `gap`.
 */
export function placeLabels<Id>(
  requests: readonly LabelRequest<Id>[],
  { bounds, obstacles = [], avoid = [], gap = 4 }: LayoutOptions,
): PlacedLabel<Id>[] {
  const taken = new RectGrid(obstacles.map((o) => grow(o, gap)));
  const soft = new RectGrid(avoid);
  const placed: PlacedLabel<Id>[] = [];
  for (const req of requests) {
    let chosen: PlacedLabel<Id> | null = null;
    for (const [group, rects] of req.groups.entries()) {
      for (const rect of rects) {
        if (!inside(rect, bounds) || taken.hits(rect)) continue;
        const clear = !req.avoid || !soft.hits(rect);
        if (chosen === null || clear) chosen = { id: req.id, rect, group };
        if (clear) break;
      }
      if (chosen) break;
    }
    if (chosen) {
      placed.push(chosen);
      taken.add(grow(chosen.rect, gap));
    }
  }
  return placed;
}

// Moves of a title from its anchor, in title heights (y) and widths (x), nearest first: straight
// up or down before sideways, since a title above or below its centroid still reads as the
// region's.
const MOVES: readonly [number, number][] = (() => {
  const moves: [number, number][] = [];
  for (const dy of [0, -0.6, 0.6, -1.2, 1.2, -1.8, 1.8])
    for (const dx of [0, -0.3, 0.3, -0.6, 0.6]) moves.push([dx, dy]);
  return moves.sort((a, b) => Math.hypot(a[0] * 3, a[1]) - Math.hypot(b[0] * 3, b[1]));
})();

/**
 * The places of a region title, one group per shape (width and height, best first): centred on
 * its first anchor (the region's centroid) or moved a little from it, then centred on each of
 * its other anchors (papers of the region); slid inward at the edges of the bounds as long as it
 * stays near its anchor.
 */
export function titlePlaces(
  shapes: readonly { width: number; height: number }[],
  anchors: readonly { x: number; y: number }[],
  bounds: Rect,
  maxShift = { x: 0.6, y: 1.8 },
): Rect[][] {
  return shapes.map(({ width: w, height: h }) => {
    const rects: Rect[] = [];
    if (!(w > 0 && h > 0)) return rects;
    anchors.forEach((a, i) => {
      for (const [mx, my] of i === 0 ? MOVES : MOVES.slice(0, 7)) {
        if (Math.abs(mx) > maxShift.x || Math.abs(my) > maxShift.y) continue;
        const cx = clamp(a.x + mx * w, bounds.x0 + w / 2, bounds.x1 - w / 2);
        const cy = clamp(a.y + my * h, bounds.y0 + h / 2, bounds.y1 - h / 2);
        if (Math.abs(cx - a.x) > maxShift.x * w || Math.abs(cy - a.y) > maxShift.y * h) continue;
        rects.push({ x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 });
      }
    });
    return rects;
  });
}

/** Rectangles bucketed by a grid of square cells, so that a lookup is cheap among thousands. */
class RectGrid {
  private readonly cells = new Map<string, Rect[]>();
  constructor(
    rects: readonly Rect[],
    private readonly size = 64,
  ) {
    for (const r of rects) this.add(r);
  }
  private forCells(r: Rect, fn: (key: string) => boolean | void): boolean {
    for (let i = Math.floor(r.x0 / this.size); i <= Math.floor(r.x1 / this.size); i++)
      for (let j = Math.floor(r.y0 / this.size); j <= Math.floor(r.y1 / this.size); j++)
        if (fn(`${i},${j}`) === true) return true;
    return false;
  }
  add(r: Rect) {
    this.forCells(r, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(r);
      else this.cells.set(key, [r]);
    });
  }
  hits(r: Rect): boolean {
    if (this.cells.size === 0) return false;
    return this.forCells(r, (key) => this.cells.get(key)?.some((b) => intersects(r, b)));
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
