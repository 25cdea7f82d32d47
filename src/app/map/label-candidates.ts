// Which papers the label layout looks at after a render, and in what order: the largest first,
// since ordinary labels go to the largest papers of each cell of the map. The order and the
// papers' graph positions and sizes are arrays made once per map, so that a render of a
// 100,000-paper map goes through them with array reads, not with a sort that looks up two
// attributes per comparison (that sort was most of a hover's time on such a map).
import type { PaperGraph } from '../state/types.ts';

export interface PaperOrder {
  /** The papers, largest first; equal sizes by key. */
  keys: readonly string[];
  /** Each paper's size and graph position, at its place in `keys`. */
  size: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** A paper's place in `keys`. */
  indexOf: ReadonlyMap<string, number>;
}

export function paperOrder(graph: PaperGraph): PaperOrder {
  const papers: { key: string; size: number; x: number; y: number }[] = [];
  graph.forEachNode((key, a) => papers.push({ key, size: a.size, x: a.x, y: a.y }));
  papers.sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1));
  return {
    keys: papers.map((p) => p.key),
    size: Float64Array.from(papers, (p) => p.size),
    x: Float64Array.from(papers, (p) => p.x),
    y: Float64Array.from(papers, (p) => p.y),
    indexOf: new Map(papers.map((p, i) => [p.key, i])),
  };
}

/**
 * Papers to look at, by their places in `order`: all those before `upTo`, then those of `then`
 * (after `upTo`, in order). Two parts rather than one list of 100,000 places made per render.
 */
export interface Candidates {
  upTo: number;
  then: readonly number[];
}

/** Places in `order` of some papers (unknown ones left out), largest first. */
export function placesOf(order: PaperOrder, keys: Iterable<string>): number[] {
  const places: number[] = [];
  for (const key of keys) {
    const i = order.indexOf.get(key);
    if (i !== undefined) places.push(i);
  }
  return places.sort((a, b) => a - b);
}

/** Just these papers. */
export const onlyThese = (order: PaperOrder, keys: Iterable<string>): Candidates => ({
  upTo: 0,
  then: placesOf(order, keys),
});

/** Every paper. */
export const everyPaper = (order: PaperOrder): Candidates => ({
  upTo: order.keys.length,
  then: [],
});

/**
 * The papers at least `minSize` large, then those of `extra` that are smaller (the focus
 * papers, which may have labels however small): the papers that can have a label when small
 * ones can't.
 */
export function largeEnough(
  order: PaperOrder,
  minSize: number,
  extra: Iterable<string>,
): Candidates {
  // `size` is sorted, largest first: the papers large enough are a prefix.
  let [lo, hi] = [0, order.size.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order.size[mid] >= minSize) lo = mid + 1;
    else hi = mid;
  }
  // Smaller than every paper of the prefix, so they all come after it.
  return { upTo: lo, then: placesOf(order, extra).filter((i) => i >= lo) };
}

/** Calls `visit` with each candidate's place, in order. */
export function forEachCandidate({ upTo, then }: Candidates, visit: (place: number) => void) {
  for (let i = 0; i < upTo; i++) visit(i);
  for (const i of then) visit(i);
}
