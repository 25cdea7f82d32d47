// Which links a large map draws: only those of the papers in focus. Sigma never holds a large
// map's links (MapCanvas gives it the papers alone): with 480,000 of them, an edge reducer that
// hides all but a few still costs a call per link on every refresh, and its buffers tens of MB.
// The few links in focus are drawn on a canvas of their own (map/focus-layer.ts), with the veil
// that dims the rest of a large map around a selection.
import type { PaperNodeAttributes } from '../../core/graph-file.ts';
import { hidesPaper } from './filter.ts';
import { focusPapers, type DrawContext } from './reducers.ts';
import type { PaperGraph } from './types.ts';

export interface FocusLink {
  key: string;
  source: string;
  target: string;
  weight: number;
  /**
   * `focus`: a link of the hovered, keyboard-focused or selected paper, drawn strong;
   * `context`: the selected paper's neighbourhood (its links while another paper is hovered,
   * and the links among its neighbours), drawn as ordinary links.
   */
  emphasis: 'focus' | 'context';
}

/** The links to draw for a draw context, context links first (the focus links go on top). */
export function linksInFocus(
  graph: PaperGraph,
  ctx: Pick<
    DrawContext,
    'onlyFocusEdges' | 'hidden' | 'focus' | 'ringed' | 'dimFocus' | 'dimNeighbours'
  >,
): FocusLink[] {
  if (!ctx.onlyFocusEdges) return [];
  const shown = (key: string, a: PaperNodeAttributes) =>
    !hidesPaper(ctx.hidden, a.cluster, a.topic, key);
  const focus = new Map<string, FocusLink>();
  const context = new Map<string, FocusLink>();
  const add = (
    into: Map<string, FocusLink>,
    emphasis: FocusLink['emphasis'],
    paper: string,
    keep: (other: string) => boolean = () => true,
  ) =>
    graph.forEachEdge(paper, (key, a, source, target, sa, ta) => {
      if (focus.has(key) || into.has(key) || !shown(source, sa) || !shown(target, ta)) return;
      if (keep(source === paper ? target : source))
        into.set(key, { key, source, target, weight: a.weight, emphasis });
    });
  for (const paper of new Set([ctx.focus, ctx.ringed]))
    if (paper !== null && graph.hasNode(paper) && shown(paper, graph.getNodeAttributes(paper)))
      add(focus, 'focus', paper);
  const selected = ctx.dimFocus;
  if (selected !== null && graph.hasNode(selected)) {
    add(context, 'context', selected);
    for (const n of ctx.dimNeighbours)
      if (graph.hasNode(n)) add(context, 'context', n, (other) => ctx.dimNeighbours.has(other));
  }
  return [...context.values(), ...focus.values()];
}

/** What a large map's focus layer draws over sigma's dots (map/focus-layer.ts). */
export interface FocusDrawing {
  /** Dim the whole map (the map dims around the selected paper). */
  veil: boolean;
  links: FocusLink[];
  /** Papers drawn again over the veil and the links, the focus last. */
  papers: string[];
}

const NOTHING: FocusDrawing = { veil: false, links: [], papers: [] };

export function focusDrawing(graph: PaperGraph, ctx: DrawContext): FocusDrawing {
  if (!ctx.onlyFocusEdges) return NOTHING;
  const links = linksInFocus(graph, ctx);
  const veil = ctx.dimFocus !== null;
  if (!veil && links.length === 0) return NOTHING;
  const papers = veil ? focusPapers(ctx) : new Set<string>();
  for (const l of links) papers.add(l.source).add(l.target);
  for (const key of [ctx.dimFocus, ctx.focus])
    if (key !== null && papers.delete(key)) papers.add(key);
  return { veil, links, papers: [...papers] };
}
