// Which papers the reader's filters pick out. Hidden clusters hide papers; keyphrases and the
// search query pick "matching" papers, which are highlighted while the others are dimmed. The
// map, the legend's counts and the list all derive from `matchingPapers`, so they agree.
import type { MapIndex } from './map-index.ts';

/**
 * The papers that mention every chosen keyphrase (in the title, abstract or keyphrases, in any
 * of its variants: see phrase-match.ts) and, when there is a query, are among the search hits;
 * null when neither filter is active, meaning "no paper is singled out".
 */
export function matchingPapers(
  index: Pick<MapIndex, 'phrases'>,
  keywords: readonly string[],
  searchHits: readonly string[] | null,
): ReadonlySet<string> | null {
  if (keywords.length === 0 && searchHits === null) return null;
  let result: Set<string> | null = searchHits ? new Set(searchHits) : null;
  // Intersect starting from the smallest set so the cost is bounded by the rarest keyphrase.
  const sets = keywords.map((k) => index.phrases.papersMatching(k)).sort((a, b) => a.size - b.size);
  for (const set of sets) {
    if (result === null) {
      result = new Set(set);
      continue;
    }
    const next = new Set<string>();
    for (const key of result) if (set.has(key)) next.add(key);
    result = next;
  }
  return result ?? new Set();
}

export function isPaperVisible(
  index: Pick<MapIndex, 'clusterOf'>,
  hiddenClusters: ReadonlySet<number>,
  key: string,
): boolean {
  const c = index.clusterOf.get(key);
  return c !== undefined && !hiddenClusters.has(c);
}

export interface ClusterCount {
  /** Papers in the cluster that match the filters (all of them when no filter is active). */
  matching: number;
  total: number;
}

export function clusterCounts(
  index: Pick<MapIndex, 'clusters' | 'members'>,
  matching: ReadonlySet<string> | null,
): Map<number, ClusterCount> {
  const counts = new Map<number, ClusterCount>();
  for (const c of index.clusters) {
    const members = index.members.get(c.id) ?? [];
    let n = members.length;
    if (matching) {
      n = 0;
      for (const key of members) if (matching.has(key)) n++;
    }
    counts.set(c.id, { matching: n, total: members.length });
  }
  return counts;
}

/** The papers the list view shows, grouped by cluster in legend order: visible and matching. */
export function listedPapers(
  index: Pick<MapIndex, 'clusters' | 'members'>,
  hiddenClusters: ReadonlySet<number>,
  matching: ReadonlySet<string> | null,
): { cluster: number; papers: string[] }[] {
  const groups: { cluster: number; papers: string[] }[] = [];
  for (const c of index.clusters) {
    if (hiddenClusters.has(c.id)) continue;
    const members = index.members.get(c.id) ?? [];
    const papers = matching ? members.filter((k) => matching.has(k)) : [...members];
    if (papers.length > 0) groups.push({ cluster: c.id, papers });
  }
  return groups;
}
