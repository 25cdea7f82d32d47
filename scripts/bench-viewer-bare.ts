// The viewer benchmark's baseline: a graph file drawn by sigma with default settings (all edges,
// titles as labels) and the hover highlight of sigma's "use reducers" story, nothing else.
// Opened as bench-viewer-bare.html?data=<graph file>; sets data-ready once sigma has rendered.
import Graph from 'graphology';
import Sigma from 'sigma';

interface BareHook {
  firstRender: number;
  hoverNode(key: string | null): void;
  /** Sigma's story has no selection: the same highlight as a hover, for the benchmark's pairs. */
  selectNode(key: string | null): void;
}
declare global {
  interface Window {
    __bare?: BareHook;
  }
}

async function main() {
  const url = new URLSearchParams(location.search).get('data') ?? '../graph.json';
  const graph = Graph.from(await (await fetch(url)).json());
  graph.updateEachNodeAttributes((_key, a) => ({ ...a, label: a.title as string }));
  show(graph);
}

function show(graph: Graph) {
  let hovered: string | null = null;
  let neighbours = new Set<string>();
  const renderer = new Sigma(graph, document.getElementById('sigma')!, {
    nodeReducer(node, data) {
      if (hovered === null) return data;
      if (node === hovered) return { ...data, highlighted: true };
      return neighbours.has(node) ? data : { ...data, label: '', color: '#f6f6f6' };
    },
    edgeReducer(edge, data) {
      return hovered !== null && !graph.hasExtremity(edge, hovered)
        ? { ...data, hidden: true }
        : data;
    },
  });
  // The constructor renders synchronously.
  const firstRender = performance.now();

  const hoverNode = (key: string | null) => {
    hovered = key;
    neighbours = new Set(key === null ? [] : graph.neighbors(key));
    renderer.refresh({ skipIndexation: true });
  };
  window.__bare = { firstRender, hoverNode, selectNode: hoverNode };
  document.documentElement.dataset.ready = 'true';
}

void main();
