// What the map draws, derived from the graph and the view state. Sigma calls these for every
// node and edge on each refresh, so each call is O(1): the sets are precomputed by `drawContext`.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { LinkEdgeAttributes, PaperNodeAttributes } from '../../core/graph-file.ts';
import { mixColors, type MapColors } from './colors.ts';
import { hidesPaper, type Hidden } from './filter.ts';
import type { MapIndex } from './map-index.ts';
import type { PaperGraph } from './types.ts';

/**
 * Above this many links only those of the papers in focus are drawn (focus-links.ts), and sigma
 * is given the papers alone: more would be a hairball that hides the dots, and each refresh would
 * go through them all.
 */
export const LARGE_MAP_EDGES = 2000;
/** When at most this many papers match the filters, all their labels are shown. */
const FORCE_LABELS_UP_TO = 15;
/** A focus paper's neighbours all get labels when they are this few; more would pile up. */
const FORCE_NEIGHBOUR_LABELS_UP_TO = 10;
const MAP_LABEL_CHARS = 34;

export interface DrawContext {
  hidden: Hidden;
  matching: ReadonlySet<string> | null;
  /** The hovered paper, else the selected one: it and its neighbours stand out. */
  focus: string | null;
  focusNeighbours: ReadonlySet<string>;
  /**
   * The paper the rest of the map dims around: the focus on small maps; on large maps only the
   * selected paper, so a hover changes just the old and new neighbourhoods (a partial refresh).
   */
  dimFocus: string | null;
  dimNeighbours: ReadonlySet<string>;
  selected: string | null;
  /** The paper the map's keyboard focus is on: its title box gets a focus ring (`hoverDrawer`). */
  ringed: string | null;
  colors: MapColors;
  /**
   * A large map: sigma has no links, only those in focus are drawn (`linksInFocus`), and the
   * map dims around the selected paper with a veil over its dots (map/focus-layer.ts), not
   * paper by paper, so that a selection redraws only the neighbourhoods that change.
   */
  onlyFocusEdges: boolean;
  /** Colours and sizes other than the file's (colour by year, size by citations); null: the file's. */
  paint: NodePaint | null;
}

/** Per-paper colours and sizes that replace the file's; a paper not in a map keeps its own. */
export interface NodePaint {
  color: ReadonlyMap<string, string> | null;
  size: ReadonlyMap<string, number> | null;
}

/** What the node reducer adds for the keyboard-focused paper; the hover layer draws its ring. */
export interface RingedNode {
  ring?: boolean;
}

const NO_NODES: ReadonlySet<string> = new Set();

export function drawContext(
  index: Pick<MapIndex, 'neighbours' | 'edgeCount' | 'clusterOf' | 'topicOf'>,
  state: Hidden & { selected: string | null; hovered: string | null; ringed?: string | null },
  matching: ReadonlySet<string> | null,
  colors: MapColors,
  paint: NodePaint | null = null,
): DrawContext {
  // A paper of a hidden cluster or topic can still be selected (its details stay open), but it
  // is not drawn, so it can't be the focus: that would dim the whole map around nothing.
  const hidden: Hidden = {
    hiddenClusters: state.hiddenClusters,
    hiddenTopics: state.hiddenTopics,
    inYears: state.inYears ?? null,
  };
  const visible = (key: string | null) =>
    key !== null &&
    !hidesPaper(hidden, index.clusterOf.get(key) ?? -1, index.topicOf.get(key) ?? null, key);
  const selected = visible(state.selected) ? state.selected : null;
  const focus = visible(state.hovered) ? state.hovered : selected;
  const onlyFocusEdges = index.edgeCount > LARGE_MAP_EDGES;
  const dimFocus = onlyFocusEdges ? selected : focus;
  const around = (key: string | null) => (key !== null && index.neighbours.get(key)) || NO_NODES;
  return {
    hidden,
    matching,
    focus,
    focusNeighbours: around(focus),
    dimFocus,
    dimNeighbours: around(dimFocus),
    selected: state.selected,
    ringed: state.ringed ?? null, // a hidden paper is drawn hidden before its ring is looked at
    colors,
    onlyFocusEdges,
    paint,
  };
}

/**
 * The papers whose drawing differs between two contexts that differ only in the focus, the
 * selection or the keyboard focus, on a large map: the old and new ones and their neighbours
 * (a large map's links are not sigma's, and its dimming is a veil: see `onlyFocusEdges`). Null
 * when anything else changed, or on small maps, where the whole map dims: then everything is
 * redrawn.
 */
export function changedByFocus(prev: DrawContext, next: DrawContext): string[] | null {
  if (!prev.onlyFocusEdges || !next.onlyFocusEdges) return null;
  if (
    prev.hidden.hiddenClusters !== next.hidden.hiddenClusters ||
    prev.hidden.hiddenTopics !== next.hidden.hiddenTopics ||
    prev.hidden.inYears !== next.hidden.inYears ||
    prev.paint !== next.paint ||
    prev.matching !== next.matching ||
    prev.colors !== next.colors
  )
    return null;
  if (
    prev.focus === next.focus &&
    prev.dimFocus === next.dimFocus &&
    prev.selected === next.selected &&
    prev.ringed === next.ringed
  )
    return [];
  const nodes = new Set<string>();
  for (const ctx of [prev, next]) for (const n of focusPapers(ctx)) nodes.add(n);
  return [...nodes];
}

/**
 * The papers a context singles out: the hovered, selected and keyboard-focused ones and the
 * neighbours of the focus and of the paper the map dims around. On a large map the focus layer
 * draws them over its veil, and only they can have labels while the map dims.
 */
export function focusPapers(
  ctx: Pick<
    DrawContext,
    'focus' | 'dimFocus' | 'selected' | 'ringed' | 'focusNeighbours' | 'dimNeighbours'
  >,
): Set<string> {
  const papers = new Set<string>();
  for (const key of [ctx.focus, ctx.dimFocus, ctx.selected, ctx.ringed])
    if (key !== null) papers.add(key);
  for (const n of ctx.focusNeighbours) papers.add(n);
  for (const n of ctx.dimNeighbours) papers.add(n);
  return papers;
}

/** A title cut at a word boundary for the map, where long labels would cover their neighbours. */
export function mapLabel(title: string, max = MAP_LABEL_CHARS): string {
  if (title.length <= max) return title;
  // One character more, so a word that ends exactly at the limit is kept whole.
  const space = title.slice(0, max + 1).lastIndexOf(' ');
  const cut = space > max * 0.6 ? title.slice(0, space) : title.slice(0, max);
  return `${cut.replace(/[\s,:;.–-]+$/u, '')}…`;
}

// Sigma calls the reducers for thousands of papers per refresh: labels and dimmed colours are
// computed once per title and per (colour, theme).
const labelCache = new Map<string, string>();
function cachedMapLabel(title: string): string {
  let label = labelCache.get(title);
  if (label === undefined) labelCache.set(title, (label = mapLabel(title)));
  return label;
}
const dimCaches = new WeakMap<MapColors, Map<string, string>>();
function dimmer(colors: MapColors): (color: string) => string {
  let cache = dimCaches.get(colors);
  if (!cache) dimCaches.set(colors, (cache = new Map()));
  const c = cache;
  return (color) => {
    let dimmed = c.get(color);
    if (dimmed === undefined)
      c.set(color, (dimmed = mixColors(color, colors.background, colors.dimAmount)));
    return dimmed;
  };
}

export function makeNodeReducer(ctx: DrawContext) {
  const { colors, focus, focusNeighbours, dimFocus, dimNeighbours, matching, hidden } = ctx;
  const dim = dimmer(colors);
  const forceNeighbourLabels = focusNeighbours.size <= FORCE_NEIGHBOUR_LABELS_UP_TO;
  const forceMatchingLabels = matching !== null && matching.size <= FORCE_LABELS_UP_TO;
  const { paint } = ctx;
  return (key: string, attrs: PaperNodeAttributes): Partial<NodeDisplayData> & RingedNode => {
    // The file's position, and its colour and size unless the reader chose others.
    const a = paint
      ? {
          x: attrs.x,
          y: attrs.y,
          color: paint.color?.get(key) ?? attrs.color,
          size: paint.size?.get(key) ?? attrs.size,
        }
      : attrs;
    if (hidesPaper(hidden, attrs.cluster, attrs.topic, key))
      return { x: a.x, y: a.y, size: a.size, color: a.color, hidden: true, label: null };
    if (key === focus || key === dimFocus || key === ctx.ringed)
      return {
        x: a.x,
        y: a.y,
        size: a.size,
        color: a.color,
        label: attrs.title,
        highlighted: true,
        forceLabel: true,
        zIndex: 3,
        ring: key === ctx.ringed,
      };
    const label = cachedMapLabel(attrs.title);
    if (focus !== null && focusNeighbours.has(key))
      return {
        x: a.x,
        y: a.y,
        size: a.size,
        color: a.color,
        label,
        forceLabel: forceNeighbourLabels,
        zIndex: 2,
        highlighted: key === ctx.selected,
      };
    if (dimFocus !== null) {
      if (dimNeighbours.has(key))
        return { x: a.x, y: a.y, size: a.size, color: a.color, label, zIndex: 2 };
      // A large map's veil dims the rest (and its labels are left to the neighbourhood).
      if (!ctx.onlyFocusEdges)
        return { x: a.x, y: a.y, size: a.size, color: dim(a.color), label: null, zIndex: 0 };
    }
    if (matching !== null) {
      if (matching.has(key))
        return {
          x: a.x,
          y: a.y,
          size: a.size,
          color: a.color,
          label,
          forceLabel: forceMatchingLabels,
          zIndex: 2,
        };
      return { x: a.x, y: a.y, size: a.size, color: dim(a.color), label: null, zIndex: 0 };
    }
    return { x: a.x, y: a.y, size: a.size, color: a.color, label, zIndex: 1 };
  };
}

interface EdgeEnds {
  source: string;
  target: string;
  sourceCluster: number;
  targetCluster: number;
  sourceTopic: number | null;
  targetTopic: number | null;
}
// Each edge's ends and their clusters and topics, once per graph: `extremities` and attribute lookups per
// edge and refresh were most of the edge reducer's time.
const endsCaches = new WeakMap<PaperGraph, Map<string, EdgeEnds>>();
function edgeEnds(graph: PaperGraph): Map<string, EdgeEnds> {
  let ends = endsCaches.get(graph);
  if (!ends) {
    const m = new Map<string, EdgeEnds>();
    graph.forEachEdge((edge, _a, source, target, sa, ta) =>
      m.set(edge, {
        source,
        target,
        sourceCluster: sa.cluster,
        targetCluster: ta.cluster,
        sourceTopic: sa.topic,
        targetTopic: ta.topic,
      }),
    );
    endsCaches.set(graph, (ends = m));
  }
  return ends;
}

/** The links of a map small enough to draw them all (a large map's are `linksInFocus`). */
export function makeEdgeReducer(graph: PaperGraph, ctx: DrawContext) {
  const { colors, focus, matching, hidden } = ctx;
  const focusEdges = new Set(focus !== null && graph.hasNode(focus) ? graph.edges(focus) : []);
  const ends = edgeEnds(graph);
  return (edge: string, a: LinkEdgeAttributes): Partial<EdgeDisplayData> => {
    const e = ends.get(edge);
    if (
      !e ||
      hidesPaper(hidden, e.sourceCluster, e.sourceTopic, e.source) ||
      hidesPaper(hidden, e.targetCluster, e.targetTopic, e.target)
    )
      return { hidden: true };
    if (focusEdges.has(edge)) return { color: colors.edgeFocus, size: 1 + a.weight * 3, zIndex: 2 };
    const size = 0.5 + a.weight * 1.5;
    if (focus !== null) return { color: colors.edgeFaint, size, zIndex: 0 };
    if (matching !== null && !(matching.has(e.source) && matching.has(e.target)))
      return { color: colors.edgeFaint, size, zIndex: 0 };
    return { color: colors.edge, size, zIndex: 1 };
  };
}
