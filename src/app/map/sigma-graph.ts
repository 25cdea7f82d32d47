// The graph sigma is given. A large map's papers alone: sigma keeps display data and WebGL
// buffers for every edge of its graph and goes through them all on each refresh, which for
// 480,000 links costs more than drawing the papers (the few links in focus are drawn by
// link-layer.ts instead).
import type { PaperGraph } from '../state/types.ts';

/** A graph with the map's papers, sharing their attribute objects, and no links. */
export function papersOnly(graph: PaperGraph): PaperGraph {
  const papers = graph.nullCopy();
  graph.forEachNode((key, attributes) => papers.addNode(key, attributes));
  return papers;
}
