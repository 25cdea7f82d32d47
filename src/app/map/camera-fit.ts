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
import { boundingBox, type ViewportScale, type ViewRect } from '../state/camera-math.ts';
import type { PaperGraph } from '../state/types.ts';

type Renderer = Sigma<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

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
    const [x0, y0] = [b.left - origin.left, b.top - origin.top];
    return [{ x0, y0, x1: x0 + b.width, y1: y0 + b.height }];
  });
}

/**
 * How sigma draws the framed graph now: the viewport's size and the pixels per framed unit at
 * ratio 1, once sigma's size is up to date with its container's (a panel that just opened
 * beside the map has narrowed it), as its next render would make it.
 */
export function viewportScale(sigma: Renderer): ViewportScale {
  sigma.resize();
  const { width, height } = sigma.getDimensions();
  const cameraState = { x: 0, y: 0, angle: 0, ratio: 1 };
  const a = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const b = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState });
  return { width, height, unit: Math.abs(b.x - a.x) };
}

/** The box of some points of the graph in framed coordinates (sigma's camera space), or null. */
export const framedBoxOf = (sigma: Renderer, points: Iterable<{ x: number; y: number }>) =>
  boundingBox(
    // From the graph's own coordinates, not sigma's display data: between a refresh and the
    // next render that cache holds unnormalised coordinates.
    [...points].map((p) => sigma.viewportToFramedGraph(sigma.graphToViewport(p))),
  );

/** The box of some papers in framed coordinates (sigma's camera space), or null for none. */
export const framedBox = (sigma: Renderer, graph: PaperGraph, keys: Iterable<string>) =>
  framedBoxOf(
    sigma,
    [...keys].map((k) => graph.getNodeAttributes(k)),
  );

/**
 * Two opposite corners of the box of all the papers, in the graph's coordinates: sigma maps
 * them to the framed box of all the papers (its mapping is a scale and a shift), without going
 * through every paper.
 */
export function graphCorners(graph: PaperGraph): { x: number; y: number }[] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_k, a) => {
    [x0, y0, x1, y1] = [Math.min(x0, a.x), Math.min(y0, a.y), Math.max(x1, a.x), Math.max(y1, a.y)];
  });
  return graph.order === 0
    ? []
    : [
        { x: x0, y: y0 },
        { x: x1, y: y1 },
      ];
}
