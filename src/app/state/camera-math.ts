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

/**
 * The rectangles of `bounds` that none of `covers` overlaps and that no larger such rectangle
 * contains: the places a camera can fit papers into, beside or above the panels and controls
 * that cover part of the map. Covers are few (a handful of panels and buttons), so every
 * rectangle whose edges lie on the bounds' or the covers' edges is tried.
 */
export function uncoveredRects(bounds: ViewRect, covers: readonly ViewRect[]): ViewRect[] {
  const inside = covers
    .map((c) => ({
      x0: Math.max(bounds.x0, c.x0),
      y0: Math.max(bounds.y0, c.y0),
      x1: Math.min(bounds.x1, c.x1),
      y1: Math.min(bounds.y1, c.y1),
    }))
    .filter((c) => c.x1 > c.x0 && c.y1 > c.y0);
  const xs = [...new Set([bounds.x0, bounds.x1, ...inside.flatMap((c) => [c.x0, c.x1])])].sort(
    (a, b) => a - b,
  );
  const ys = [...new Set([bounds.y0, bounds.y1, ...inside.flatMap((c) => [c.y0, c.y1])])].sort(
    (a, b) => a - b,
  );
  const free: ViewRect[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          const r = { x0: xs[i]!, x1: xs[j]!, y0: ys[k]!, y1: ys[l]! };
          if (!inside.some((c) => c.x0 < r.x1 && c.x1 > r.x0 && c.y0 < r.y1 && c.y1 > r.y0))
            free.push(r);
        }
  const within = (a: ViewRect, b: ViewRect) =>
    a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
  return free.filter((r, i) => !free.some((o, j) => j !== i && within(r, o) && !within(o, r)));
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

/**
 * The camera that shows a box of framed-graph points, as large as it can with `padding`, inside
 * a rectangle of the viewport (the part of the map that nothing covers).
 */
export function cameraToFitInRect(
  box: Box,
  rect: ViewRect,
  view: ViewportScale,
  { padding = 24, minRatio = 0, maxRatio = Infinity }: FitOptions = {},
): CameraView {
  const ratio = clamp(fitRatio(box, rect, view.unit, padding), minRatio, maxRatio);
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  const rx = (rect.x0 + rect.x1) / 2;
  const ry = (rect.y0 + rect.y1) / 2;
  return {
    x: cx - ((rx - view.width / 2) * ratio) / view.unit,
    y: cy + ((ry - view.height / 2) * ratio) / view.unit,
    ratio,
  };
}

/** The smallest ratio (closest view) at which the box fits in the rectangle; Infinity if none. */
function fitRatio(box: Box, rect: ViewRect, unit: number, padding: number): number {
  const w = rect.x1 - rect.x0 - 2 * padding;
  const h = rect.y1 - rect.y0 - 2 * padding;
  if (w <= 0 || h <= 0) return Infinity;
  return Math.max(((box.maxX - box.minX) * unit) / w, ((box.maxY - box.minY) * unit) / h, 0);
}

/**
 * The camera that fits a box into the uncovered part of the viewport: among the rectangles that
 * `covers` leave free, the one that shows the box largest (then the largest rectangle). With
 * nothing free (covers everywhere), the whole viewport.
 */
export function cameraToFitUncovered(
  box: Box,
  covers: readonly ViewRect[],
  view: ViewportScale,
  options: FitOptions = {},
): { camera: CameraView; rect: ViewRect } {
  const bounds = { x0: 0, y0: 0, x1: view.width, y1: view.height };
  const padding = options.padding ?? 24;
  const area = (r: ViewRect) => (r.x1 - r.x0) * (r.y1 - r.y0);
  // Rectangles are compared for a box no flatter than 2:1, so that a row of papers is not
  // squeezed into a strip between two panels.
  const w = box.maxX - box.minX;
  const h = box.maxY - box.minY;
  const shape = { minX: 0, minY: 0, maxX: Math.max(w, h / 2), maxY: Math.max(h, w / 2) };
  let best = bounds;
  let bestRatio = Infinity;
  for (const r of uncoveredRects(bounds, covers)) {
    const ratio = fitRatio(shape, r, view.unit, padding);
    if (ratio < bestRatio - 1e-9 || (Math.abs(ratio - bestRatio) <= 1e-9 && area(r) > area(best))) {
      best = r;
      bestRatio = ratio;
    }
  }
  return { camera: cameraToFitInRect(box, best, view, options), rect: best };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
