// What only a large map draws with (more links than LARGE_MAP_EDGES): sigma gets the papers
// alone and the links in focus go on a layer of their own. Its own chunk: a small map, the
// first load of most readers, never loads it.
export { focusDrawing } from '../state/focus-links.ts';
export { focusLayer } from './focus-layer.ts';
export { papersOnly } from './sigma-graph.ts';
