// Camera targets as plain arithmetic, so they can be tested without a renderer.
import type { CameraView } from './types.ts';

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** A rectangle in viewport pixels (y down). */
export interface ViewRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box around some points, or null for none. */
export function boundingBox(points: Iterable<{ x: number; y: number }>): Box | null {
  let box: Box | null = null;
  for (const { x, y } of points)
    box = box
      ? {
          minX: Math.min(box.minX, x),
          maxX: Math.max(box.maxX, x),
          minY: Math.min(box.minY, y),
          maxY: Math.max(box.maxY, y),
        }
      : { minX: x, maxX: x, minY: y, maxY: y };
  return box;
}

const overlaps = (a: ViewRect, b: ViewRect) =>
  a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
const contains = (a: ViewRect, b: ViewRect) =>
  a.x0 <= b.x0 && a.x1 >= b.x1 && a.y0 <= b.y0 && a.y1 >= b.y1;

/**
 * The rectangles of `bounds` that none of `covers` overlaps and that no larger such rectangle
 * contains: the places a camera can fit papers into, beside or above the panels and controls
 * that cover part of the map. Covers are few (a handful of panels and buttons), so every
 * rectangle whose edges lie on the bounds' or the covers' edges is tried.
 */
export function uncoveredRects(bounds: ViewRect, covers: readonly ViewRect[]): ViewRect[] {
  const edges = (lo: 'x0' | 'y0', hi: 'x1' | 'y1') =>
    [...new Set([bounds[lo], bounds[hi], ...covers.flatMap((c) => [c[lo], c[hi]])])]
      .filter((v) => v >= bounds[lo] && v <= bounds[hi])
      .sort((a, b) => a - b);
  const xs = edges('x0', 'x1');
  const ys = edges('y0', 'y1');
  const free: ViewRect[] = [];
  xs.forEach((x0, i) =>
    xs.slice(i + 1).forEach((x1) =>
      ys.forEach((y0, k) =>
        ys.slice(k + 1).forEach((y1) => {
          const r = { x0, y0, x1, y1 };
          if (!covers.some((c) => overlaps(c, r))) free.push(r);
        }),
      ),
    ),
  );
  return free.filter((r) => !free.some((o) => o !== r && contains(o, r)));
}

/** How sigma maps the framed graph to the viewport: its size, and pixels per unit at ratio 1. */
export interface ViewportScale {
  width: number;
  height: number;
  /** Pixels per framed-graph unit at camera ratio 1 (framed y points up, the viewport's down). */
  unit: number;
}

export interface FitOptions {
  /** Pixels kept free inside the rectangle, around the box. */
  padding?: number;
  minRatio?: number;
  maxRatio?: number;
}

/** The smallest ratio (closest view) at which the box fits in the rectangle; Infinity if none. */
function fitRatio(box: Box, rect: ViewRect, unit: number, padding: number): number {
  const w = rect.x1 - rect.x0 - 2 * padding;
  const h = rect.y1 - rect.y0 - 2 * padding;
  if (w <= 0 || h <= 0) return Infinity;
  return Math.max(((box.maxX - box.minX) * unit) / w, ((box.maxY - box.minY) * unit) / h, 0);
}

/**
 * The camera that fits a box of framed-graph points into the uncovered part of the viewport, as
 * large as it can with `padding`: among the rectangles that `covers` leave free, the one that
 * shows the box largest (then the largest rectangle); the whole viewport when nothing is free.
 */
export function cameraToFitUncovered(
  box: Box,
  covers: readonly ViewRect[],
  view: ViewportScale,
  { padding = 24, minRatio = 0, maxRatio = Infinity }: FitOptions = {},
): { camera: CameraView; rect: ViewRect } {
  const bounds = { x0: 0, y0: 0, x1: view.width, y1: view.height };
  const area = (r: ViewRect) => (r.x1 - r.x0) * (r.y1 - r.y0);
  // Rectangles are compared for a box no flatter than 2:1, so that a row of papers is not
  // squeezed into a strip between two panels.
  const w = box.maxX - box.minX;
  const h = box.maxY - box.minY;
  const shape = { minX: 0, minY: 0, maxX: Math.max(w, h / 2), maxY: Math.max(h, w / 2) };
  let rect = bounds;
  let best = Infinity;
  for (const r of uncoveredRects(bounds, covers)) {
    const ratio = fitRatio(shape, r, view.unit, padding);
    if (ratio < best || (ratio === best && area(r) > area(rect))) [rect, best] = [r, ratio];
  }
  const ratio = Math.min(maxRatio, Math.max(minRatio, fitRatio(box, rect, view.unit, padding)));
  // The box's centre, drawn at the rectangle's.
  const k = ratio / view.unit;
  return {
    camera: {
      x: (box.minX + box.maxX) / 2 - ((rect.x0 + rect.x1) / 2 - view.width / 2) * k,
      y: (box.minY + box.maxY) / 2 + ((rect.y0 + rect.y1) / 2 - view.height / 2) * k,
      ratio,
    },
    rect,
  };
}

/**
 * The smallest shift (viewport px) that moves some points (a paper and its neighbours, drawn at
 * a camera kept as saved) out from under the covers: into one of the uncovered rectangles, with
 * `padding` inside it. {0, 0} when they are clear already; null when no uncovered rectangle can
 * hold them all (then a shift would only trade one hidden paper for another).
 */
export function shiftClearOf(
  points: readonly { x: number; y: number }[],
  covers: readonly ViewRect[],
  bounds: ViewRect,
  padding = 0,
): { dx: number; dy: number } | null {
  const box = boundingBox(points);
  if (!box) return { dx: 0, dy: 0 };
  const into = (lo: number, hi: number, min: number, max: number) =>
    min < lo ? lo - min : max > hi ? hi - max : 0;
  let best: { dx: number; dy: number } | null = null;
  for (const r of uncoveredRects(bounds, covers)) {
    const [x0, x1, y0, y1] = [r.x0 + padding, r.x1 - padding, r.y0 + padding, r.y1 - padding];
    if (box.maxX - box.minX > x1 - x0 || box.maxY - box.minY > y1 - y0) continue;
    const shift = { dx: into(x0, x1, box.minX, box.maxX), dy: into(y0, y1, box.minY, box.maxY) };
    if (!best || Math.hypot(shift.dx, shift.dy) < Math.hypot(best.dx, best.dy)) best = shift;
  }
  return best;
}
