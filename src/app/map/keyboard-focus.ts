// The map's keyboard focus, wired to sigma: where it starts when the map gets focus, where the
// arrow keys take it (state/map-focus.ts decides, on the papers' screen positions), Enter or
// Space to select it. The focused paper is `store.mapFocus` (its title box gets a focus ring, via
// the node reducer) and is hovered too, so its neighbours stand out as under the pointer.
import type Sigma from 'sigma';
import type {
  GraphAttributes,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';
import type { AppStore } from '../state/app-store.svelte.ts';
import { isPaperVisible } from '../state/filter.ts';
import {
  ARROWS,
  nearestPaper,
  nextPaperInDirection,
  type Direction,
  type PlacedPaper,
} from '../state/map-focus.ts';
import { hoverPaper } from '../state/view-state.ts';

type Renderer = Sigma<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

/** How far Shift and an arrow pan, as a share of the map's width or height. */
const PAN = 0.15;

export interface KeyboardFocus {
  /** Focuses the selected paper if it is in view, else the one nearest the middle of the view. */
  start(): void;
  /**
   * Moves the focus to the next paper that way in view (or starts it, if the focused paper is
   * out of view); with `pan`, moves the view instead.
   */
  move(direction: Direction, pan?: boolean): void;
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
  /** The papers a reader sees: drawn (isPaperVisible) and on screen, where they are. */
  const placed = () => {
    const { width, height } = sigma.getDimensions();
    return store.graph
      .filterNodes((key) => isPaperVisible(store.index, store.hidden, key))
      .map((key): PlacedPaper => ({
        key,
        ...sigma.graphToViewport(store.graph.getNodeAttributes(key)),
      }))
      .filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  };

  function focus(key: string | null) {
    if (key === null) return;
    store.mapFocus = key;
    store.update((s) => hoverPaper(s, key), 'none');
  }

  function start(papers = placed()) {
    const { width, height } = sigma.getDimensions();
    const selected = papers.find((p) => p.key === store.selected);
    focus(selected ? selected.key : nearestPaper({ x: width / 2, y: height / 2 }, papers));
  }

  return {
    start,
    move(direction, pan) {
      const { width, height } = sigma.getDimensions();
      const [dx, dy] = ARROWS[direction];
      const papers = placed();
      const here = papers.find((p) => p.key === store.mapFocus);
      if (pan)
        void sigma.getCamera().animate(
          sigma.viewportToFramedGraph({
            x: width * (0.5 + dx * PAN),
            y: height * (0.5 + dy * PAN),
          }),
          { duration: duration() },
        );
      else if (here)
        focus(nextPaperInDirection(here, papers, direction, store.index.neighbours.get(here.key)));
      else start(papers);
    },
    activate() {
      if (store.mapFocus === null) start();
      else select(store.mapFocus);
    },
    clear() {
      const key = store.mapFocus;
      store.mapFocus = null;
      store.update((s) => (s.hovered === key ? hoverPaper(s, null) : s), 'none');
    },
  };
}
