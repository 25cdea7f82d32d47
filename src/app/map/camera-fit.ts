// What the camera fits need from the page and from sigma: the rectangles that panels, cards and
// controls cover over the map (measured from the DOM: `data-map-chrome`), how sigma scales the
// framed graph to the viewport, and papers' boxes in framed coordinates. The fitting itself is
// the pure `cameraToFitUncovered` (state/camera-math.ts).
import type Sigma from 'sigma';
import type {
  GraphAttributes,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';
import type { Box, ViewportScale, ViewRect } from '../state/camera-math.ts';
import type { PaperGraph } from '../state/types.ts';

type Renderer = Sigma<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

/** Space kept around covers, so that papers don't sit against a panel's edge. */
const COVER_MARGIN = 6;

/**
 * What sits over the map (the zoom buttons, the embed's legend and details card, the phone's
 * details sheet), in the map's own pixels. Elements that don't overlap the map count for nothing
 * in the fit (the desktop details panel is beside the map, not over it).
 */
export function coverRects(container: HTMLElement): ViewRect[] {
  const origin = container.getBoundingClientRect();
  return [...document.querySelectorAll('[data-map-chrome]')].flatMap((el) => {
    const b = el.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) return [];
    const x0 = b.left - origin.left - COVER_MARGIN;
    const y0 = b.top - origin.top - COVER_MARGIN;
    return [{ x0, y0, x1: x0 + b.width + 2 * COVER_MARGIN, y1: y0 + b.height + 2 * COVER_MARGIN }];
  });
}

/**
 * How sigma draws the framed graph now: the viewport's size and the pixels per framed unit at
 * ratio 1. `sync` first brings sigma's size up to date with its container (a panel that just
 * opened beside the map has narrowed it), as its next render would.
 */
export function viewportScale(sigma: Renderer, { sync = false } = {}): ViewportScale {
  if (sync) sigma.resize();
  const { width, height } = sigma.getDimensions();
  const cameraState = { x: 0, y: 0, angle: 0, ratio: 1 };
  const a = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const b = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState });
  return { width, height, unit: Math.abs(b.x - a.x) };
}

/** The box of some papers in framed coordinates (sigma's camera space), or null for none. */
export function framedBox(sigma: Renderer, graph: PaperGraph, keys: Iterable<string>): Box | null {
  let box: { minX: number; maxX: number; minY: number; maxY: number } | null = null;
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const { x, y } = graph.getNodeAttributes(key);
    if (!box) box = { minX: x, maxX: x, minY: y, maxY: y };
    else {
      box.minX = Math.min(box.minX, x);
      box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  if (!box) return null;
  // Graph to framed coordinates is a scale and a shift (sigma's normalisation): two corners
  // are enough. Through the viewport, since sigma offers no direct conversion.
  const framed = (x: number, y: number) =>
    sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
  const a = framed(box.minX, box.minY);
  const b = framed(box.maxX, box.maxY);
  return {
    minX: Math.min(a.x, b.x),
    maxX: Math.max(a.x, b.x),
    minY: Math.min(a.y, b.y),
    maxY: Math.max(a.y, b.y),
  };
}
