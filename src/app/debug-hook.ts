// window.__papermap: a small read-only hook for end-to-end tests and the benchmark, which need to
// hover and click nodes precisely on a WebGL canvas.
//   nodeViewportPosition(key) -> { x, y } | null   the node's centre in CSS pixels of the
//                                                    browser viewport (for page.mouse), or null
//                                                    when it isn't drawn (hidden, no map)
//   hoverNode(key | null)                            hovers a paper as the pointer would
//   selectNode(key | null)                           selects a paper (and moves the camera to it)
//   drawnLabels()                                    the boxes (CSS px of the viewport) of the
//                                                    paper labels and the focus paper's title
//                                                    box drawn at the last render
//   state()                                          a copy of the view state, for assertions
//   nodeColor(key)                                   the colour the map gives the paper now
//   camera()                                         the map's camera as it is now (it reaches
//                                                    the state's camera only once moves end)
import type { AppStore } from './state/app-store.svelte.ts';
import { hoverPaper, selectPaper } from './state/view-state.ts';

export interface PapermapDebugHook {
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  drawnLabels(): { key: string; box: { x0: number; y0: number; x1: number; y1: number } }[];
  hoverNode(key: string | null): void;
  selectNode(key: string | null): void;
  state(): {
    selected: string | null;
    hovered: string | null;
    hiddenClusters: number[];
    hiddenTopics: number[];
    keywords: string[];
    query: string;
    camera: { x: number; y: number; ratio: number } | null;
    view: string;
    color: string;
    size: string;
    years: { from: number; to: number } | null;
  };
  nodeColor(key: string): string | null;
  camera(): { x: number; y: number; ratio: number } | null;
}

declare global {
  interface Window {
    __papermap?: PapermapDebugHook;
  }
}

export function installDebugHook(store: AppStore): () => void {
  const known = (key: string | null) => key === null || store.graph.hasNode(key);
  const hook: PapermapDebugHook = Object.freeze({
    nodeViewportPosition: (key: string) => store.mapControls?.nodeViewportPosition(key) ?? null,
    drawnLabels: () => store.mapControls?.drawnLabels() ?? [],
    hoverNode(key: string | null) {
      if (known(key)) store.update((s) => hoverPaper(s, key), 'none');
    },
    selectNode(key: string | null) {
      if (!known(key)) return;
      if (key === null) store.update((s) => selectPaper(s, null));
      else store.goToPaper(key);
    },
    state() {
      const v = store.view;
      return {
        selected: v.selected,
        hovered: v.hovered,
        hiddenClusters: [...v.hiddenClusters].sort((a, b) => a - b),
        hiddenTopics: [...v.hiddenTopics].sort((a, b) => a - b),
        keywords: [...v.keywords],
        query: v.query,
        camera: v.camera ? { ...v.camera } : null,
        view: v.view,
        color: v.color,
        size: v.size,
        years: v.years && { ...v.years },
      };
    },
    nodeColor: (key: string) =>
      store.graph.hasNode(key)
        ? (store.paint?.color?.get(key) ?? store.graph.getNodeAttribute(key, 'color'))
        : null,
    camera: () => store.mapControls?.camera() ?? null,
  });
  window.__papermap = hook;
  return () => {
    if (window.__papermap === hook) delete window.__papermap;
  };
}
