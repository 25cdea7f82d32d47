// What the map draws, derived from the graph and the view state. Sigma calls these for every
// node and edge on each refresh, so each call is O(1): the sets are precomputed by `drawContext`.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { LinkEdgeAttributes, PaperNodeAttributes } from '../../core/graph-file.ts';
import { mixColors, type MapColors } from './colors.ts';
import type { MapIndex } from './map-index.ts';
import type { PaperGraph } from './types.ts';

/** Above this many edges only the hovered or selected paper's edges are drawn. */
export const LARGE_MAP_EDGES = 2000;
/** When at most this many papers match the filters, all their labels are shown. */
const FORCE_LABELS_UP_TO = 15;
/** A focus paper's neighbours all get labels when they are this few; more would pile up. */
const FORCE_NEIGHBOUR_LABELS_UP_TO = 10;
const MAP_LABEL_CHARS = 34;

export interface DrawContext {
  hiddenClusters: ReadonlySet<number>;
  matching: ReadonlySet<string> | null;
  /** The hovered paper, else the selected one: it and its neighbours stand out. */
  focus: string | null;
  focusNeighbours: ReadonlySet<string>;
  selected: string | null;
  colors: MapColors;
  onlyFocusEdges: boolean;
}

export function drawContext(
  index: Pick<MapIndex, 'neighbours' | 'edgeCount' | 'clusterOf'>,
  state: {
    selected: string | null;
    hovered: string | null;
    hiddenClusters: ReadonlySet<number>;
  },
  matching: ReadonlySet<string> | null,
  colors: MapColors,
): DrawContext {
  // A paper of a hidden cluster can still be selected (its details stay open), but it is not
  // drawn, so it can't be the focus: that would dim the whole map around nothing.
  const visible = (key: string | null) =>
    key !== null && !state.hiddenClusters.has(index.clusterOf.get(key) ?? -1);
  const focus = visible(state.hovered)
    ? state.hovered
    : visible(state.selected)
      ? state.selected
      : null;
  return {
    hiddenClusters: state.hiddenClusters,
    matching,
    focus,
    focusNeighbours: (focus && index.neighbours.get(focus)) || new Set(),
    selected: state.selected,
    colors,
    onlyFocusEdges: index.edgeCount > LARGE_MAP_EDGES,
  };
}

/** A title cut at a word boundary for the map, where long labels would cover their neighbours. */
export function mapLabel(title: string, max = MAP_LABEL_CHARS): string {
  if (title.length <= max) return title;
  // One character more, so a word that ends exactly at the limit is kept whole.
  const space = title.slice(0, max + 1).lastIndexOf(' ');
  const cut = space > max * 0.6 ? title.slice(0, space) : title.slice(0, max);
  return `${cut.replace(/[\s,:;.–-]+$/u, '')}…`;
}

export function makeNodeReducer(ctx: DrawContext) {
  const { colors, focus, focusNeighbours, matching, hiddenClusters } = ctx;
  const dim = (color: string) => mixColors(color, colors.background, colors.dimAmount);
  return (key: string, a: PaperNodeAttributes): Partial<NodeDisplayData> => {
    const base = { x: a.x, y: a.y, size: a.size, color: a.color, label: mapLabel(a.title) };
    if (hiddenClusters.has(a.cluster)) return { ...base, hidden: true, label: null };
    if (key === focus)
      return { ...base, label: a.title, highlighted: true, forceLabel: true, zIndex: 3 };
    if (focus !== null) {
      if (focusNeighbours.has(key))
        return {
          ...base,
          forceLabel: focusNeighbours.size <= FORCE_NEIGHBOUR_LABELS_UP_TO,
          zIndex: 2,
          highlighted: key === ctx.selected,
        };
      return { ...base, color: dim(a.color), label: null, zIndex: 0 };
    }
    if (matching !== null) {
      if (matching.has(key))
        return { ...base, forceLabel: matching.size <= FORCE_LABELS_UP_TO, zIndex: 2 };
      return { ...base, color: dim(a.color), label: null, zIndex: 0 };
    }
    return { ...base, zIndex: 1 };
  };
}

export function makeEdgeReducer(graph: PaperGraph, ctx: DrawContext) {
  const { colors, focus, matching, hiddenClusters } = ctx;
  const hidden = (node: string) => hiddenClusters.has(graph.getNodeAttribute(node, 'cluster'));
  return (edge: string, a: LinkEdgeAttributes): Partial<EdgeDisplayData> => {
    const [s, t] = graph.extremities(edge);
    if (hidden(s) || hidden(t)) return { hidden: true };
    if (focus !== null && (s === focus || t === focus))
      return { color: colors.edgeFocus, size: 1 + a.weight * 3, zIndex: 2 };
    if (ctx.onlyFocusEdges) return { hidden: true };
    const size = 0.5 + a.weight * 1.5;
    if (focus !== null) return { color: colors.edgeFaint, size, zIndex: 0 };
    if (matching !== null && !(matching.has(s) && matching.has(t)))
      return { color: colors.edgeFaint, size, zIndex: 0 };
    return { color: colors.edge, size, zIndex: 1 };
  };
}
