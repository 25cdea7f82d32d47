// The map's keyboard focus, wired to sigma: where it starts when the map gets focus, where the
// arrow keys take it (state/map-focus.ts decides, on the papers' screen positions), Enter or
// Space to select it. The focused paper is `store.mapFocus` (ringed by the node reducer) and is
// hovered too, so its neighbours stand out as under the pointer.
import type Sigma from 'sigma';
import type {
  GraphAttributes,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';
import type { AppStore } from '../state/app-store.svelte.ts';
import { isPaperVisible } from '../state/filter.ts';
import {
  nearestPaper,
  nextPaperInDirection,
  type Direction,
  type PlacedPaper,
} from '../state/map-focus.ts';
import { hoverPaper } from '../state/view-state.ts';

type Renderer = Sigma<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

/** A focus this close to the map's edge (CSS px) brings the camera along. */
const EDGE = 48;

export interface KeyboardFocus {
  /** Focuses the selected paper, else the one nearest the middle of the view. */
  start(): void;
  move(direction: Direction): void;
  /** Selects the focused paper; with none yet, starts the focus instead. */
  activate(): void;
  clear(): void;
}

export function keyboardFocus(
  store: AppStore,
  sigma: Renderer,
  select: (key: string) => void,
  duration: () => number,
): KeyboardFocus {
  const visible = (key: string | null): key is string =>
    key !== null && store.graph.hasNode(key) && isPaperVisible(store.index, store.view, key);
  const at = (key: string): PlacedPaper => ({
    key,
    ...sigma.graphToViewport(store.graph.getNodeAttributes(key)),
  });
  const placed = () => store.graph.filterNodes((key) => visible(key)).map(at);

  function focus(key: string) {
    store.mapFocus = key;
    store.update((s) => hoverPaper(s, key), 'none');
    const p = at(key);
    const { width, height } = sigma.getDimensions();
    if (p.x < EDGE || p.y < EDGE || p.x > width - EDGE || p.y > height - EDGE)
      void sigma.getCamera().animate(sigma.viewportToFramedGraph(p), { duration: duration() });
  }

  function start() {
    if (visible(store.mapFocus)) return;
    const { width, height } = sigma.getDimensions();
    const key = visible(store.selected)
      ? store.selected
      : nearestPaper({ x: width / 2, y: height / 2 }, placed());
    if (key !== null) focus(key);
  }

  return {
    start,
    move(direction) {
      const from = store.mapFocus;
      if (!visible(from)) return start();
      const neighbours = store.index.neighbours.get(from);
      const next = nextPaperInDirection(at(from), placed(), direction, neighbours);
      if (next !== null) focus(next);
    },
    activate() {
      if (visible(store.mapFocus)) select(store.mapFocus);
      else start();
    },
    clear() {
      if (store.mapFocus === null) return;
      const key = store.mapFocus;
      store.mapFocus = null;
      store.update((s) => (s.hovered === key ? hoverPaper(s, null) : s), 'none');
    },
  };
}
