// The links ForceAtlas2 pulls along, as flat arrays: the neighbour edges, then layout-only links
// between papers of one cluster and of one sub-topic. One link per pair of papers: a repeated
// neighbour edge takes the later weight, a layout-only link on an existing pair adds its weight.
// Links keep the order in which their pair first appeared (the order the force layout sums them).

import type { LinkLike } from './layout-seed.ts';

export interface LayoutLinks {
  /** Paper indices; source is the paper named first when the pair first appeared. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export class LinkSet {
  private readonly index = new Map<number, number>();
  private source: number[] = [];
  private target: number[] = [];
  private weight: number[] = [];

  constructor(private readonly n: number) {}

  /** Sets the pair's weight (adding the link if new); `add`: adds to it instead. */
  link(a: number, b: number, weight: number, add: boolean): void {
    if (a === b) return;
    const key = a < b ? a * this.n + b : b * this.n + a;
    const at = this.index.get(key);
    if (at === undefined) {
      this.index.set(key, this.weight.length);
      this.source.push(a);
      this.target.push(b);
      this.weight.push(weight);
    } else if (add) this.weight[at] += weight;
    else this.weight[at] = weight;
  }

  get size(): number {
    return this.weight.length;
  }

  toArrays(): LayoutLinks {
    return {
      source: Int32Array.from(this.source),
      target: Int32Array.from(this.target),
      weight: Float64Array.from(this.weight),
    };
  }
}

/** Adds the neighbour edges (self-links dropped; a repeated pair takes the later weight). */
export function addEdges(links: LinkSet, edges: readonly LinkLike[]): void {
  for (const e of edges) links.link(e.source, e.target, e.weight, false);
}

/** Layout-only links from each paper to two random papers of its group (seeded); null: none. */
export function addGroupLinks(
  links: LinkSet,
  groups: readonly (number | null)[],
  weight: number,
  random: () => number,
): void {
  const members = new Map<number, number[]>();
  groups.forEach((c, i) => {
    if (c === null) return;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  groups.forEach((c, i) => {
    if (c === null) return;
    const list = members.get(c)!;
    if (list.length < 2) return;
    for (let t = 0; t < 2; t++) {
      const j = list[Math.floor(random() * list.length)];
      links.link(i, j, weight, true);
    }
  });
}
