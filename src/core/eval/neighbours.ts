// How often a paper's related papers share its topic: the measure behind the map's promise that
// its links and "related papers" lists are worth following. Counted as the app shows them: a
// paper's related papers are all its links (the graph is undirected), strongest first.

import type { GraphFile } from '../graph-file.ts';

/** Each paper's linked papers, strongest link first (ties by key, so the order is stable). */
export function relatedLists(graph: GraphFile): Map<string, string[]> {
  const incident = new Map<string, { key: string; weight: number }[]>(
    graph.nodes.map((n) => [n.key, []]),
  );
  for (const e of graph.edges) {
    incident.get(e.source)?.push({ key: e.target, weight: e.attributes.weight });
    incident.get(e.target)?.push({ key: e.source, weight: e.attributes.weight });
  }
  const lists = new Map<string, string[]>();
  for (const [key, links] of incident)
    lists.set(
      key,
      links
        .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((l) => l.key),
    );
  return lists;
}

export interface Agreement {
  /** Share of counted links that reach a paper with the same label, in [0, 1]. */
  agreement: number;
  /** Links counted. */
  links: number;
}

/**
 * kNN label agreement: for every labelled paper, its `top` first related papers that carry a
 * label, the share with its own label, averaged over all links counted. Papers without a label
 * (undefined) are left out on both ends, so a partial grouping measures only what it covers.
 */
export function labelAgreement(
  related: ReadonlyMap<string, readonly string[]>,
  labelOf: (key: string) => string | undefined,
  top = 10,
): Agreement {
  let same = 0;
  let links = 0;
  for (const [key, list] of related) {
    const own = labelOf(key);
    if (own === undefined) continue;
    let counted = 0;
    for (const other of list) {
      if (counted >= top) break;
      const label = labelOf(other);
      if (label === undefined) continue;
      counted++;
      links++;
      if (label === own) same++;
    }
  }
  return { agreement: links > 0 ? same / links : 0, links };
}
