// Which papers the reader's filters pick out. Hidden clusters and hidden sub-topics hide papers,
// and so does a year range (the papers outside it, those without a year too); keyphrases and the
// search query pick "matching" papers, which are highlighted while the others are dimmed. A year
// range also narrows the matching papers, so every count ("n of m") leaves out what it hides. The map, the legend's counts and the list all derive from `matchingPapers` and
// `hidesPaper`, so they agree.
import type { MapIndex } from './map-index.ts';
import type { PhraseIndex } from './phrase-index.ts';
import type { ViewState } from './types.ts';

/**
 * The papers that mention every chosen keyphrase (in the title, abstract or keyphrases, in any
 * of its variants: see phrase-match.ts) and, when there is a query, are among the search hits;
 * null when neither filter is active, meaning "no paper is singled out".
 */
export function matchingPapers(
  phrases: Pick<PhraseIndex, 'papersMatching'>,
  keywords: readonly string[],
  searchHits: readonly string[] | null,
  inYears: ReadonlySet<string> | null = null,
): ReadonlySet<string> | null {
  if (keywords.length === 0 && searchHits === null && inYears === null) return null;
  let result: Set<string> | null = searchHits ? new Set(searchHits) : null;
  // Intersect starting from the smallest set so the cost is bounded by the rarest keyphrase.
  const sets = keywords.map((k) => phrases.papersMatching(k));
  if (inYears) sets.push(inYears);
  sets.sort((a, b) => a.size - b.size);
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

/**
 * What the reader hid: whole clusters, sub-topics within shown clusters, and (`inYears`, the
 * papers within the year range; null or absent when there is no range) the papers outside it.
 */
export type Hidden = Pick<ViewState, 'hiddenClusters' | 'hiddenTopics'> & {
  inYears?: ReadonlySet<string> | null;
};

/**
 * The one rule for hiding a paper: its cluster is hidden, or its sub-topic is, or it is outside
 * the year range (checked when its key is given).
 */
export function hidesPaper(
  hidden: Hidden,
  cluster: number,
  topic: number | null,
  key?: string,
): boolean {
  return (
    hidden.hiddenClusters.has(cluster) ||
    (topic !== null && hidden.hiddenTopics.has(topic)) ||
    (key !== undefined && !!hidden.inYears && !hidden.inYears.has(key))
  );
}

export function isPaperVisible(
  index: Pick<MapIndex, 'clusterOf' | 'topicOf'>,
  hidden: Hidden,
  key: string,
): boolean {
  const c = index.clusterOf.get(key);
  return c !== undefined && !hidesPaper(hidden, c, index.topicOf.get(key) ?? null, key);
}

export interface ClusterCount {
  /**
   * Papers that match the filters (all of them when no filter is active). A cluster counts only
   * the papers of its shown sub-topics; a group's own hidden state does not change its count, so
   * a hidden cluster or topic shows what showing it would bring back.
   */
  matching: number;
  total: number;
}

export interface Counts {
  clusters: ReadonlyMap<number, ClusterCount>;
  topics: ReadonlyMap<number, ClusterCount>;
}

/** The counts of every cluster and sub-topic: the legend, the list and the map all show these. */
export function filterCounts(
  index: Pick<MapIndex, 'clusters' | 'topics' | 'members' | 'topicOf'>,
  hiddenTopics: ReadonlySet<number>,
  matching: ReadonlySet<string> | null,
): Counts {
  const clusters = new Map<number, ClusterCount>();
  const topics = new Map<number, ClusterCount>(
    index.topics.map((t) => [t.id, { matching: 0, total: 0 }]),
  );
  for (const c of index.clusters) {
    const members = index.members.get(c.id) ?? [];
    let n = 0;
    for (const key of members) {
      const matches = matching === null || matching.has(key);
      const topic = index.topicOf.get(key) ?? null;
      const t = topic === null ? undefined : topics.get(topic);
      if (t) {
        t.total++;
        if (matches) t.matching++;
      }
      if (matches && (topic === null || !hiddenTopics.has(topic))) n++;
    }
    clusters.set(c.id, { matching: n, total: members.length });
  }
  return { clusters, topics };
}

export interface ListedTopic {
  topic: number;
  papers: string[];
}

export interface ListedCluster {
  cluster: number;
  /** Papers without a sub-topic (all of a cluster's papers when it has none). */
  papers: string[];
  /** Shown sub-topics with papers to list, in the file's order. */
  topics: ListedTopic[];
}

/**
 * The papers the list view shows: visible and matching, grouped by cluster in legend order and
 * within a cluster by sub-topic; papers sorted by title.
 */
export function listedPapers(
  index: Pick<MapIndex, 'clusters' | 'members' | 'topicOf' | 'topicsOf' | 'topicMembers'>,
  hidden: Hidden,
  matching: ReadonlySet<string> | null,
): ListedCluster[] {
  const keep = (keys: readonly string[]) =>
    matching ? keys.filter((k) => matching.has(k)) : [...keys];
  const groups: ListedCluster[] = [];
  for (const c of index.clusters) {
    if (hidden.hiddenClusters.has(c.id)) continue;
    const members = index.members.get(c.id) ?? [];
    const papers = keep(members.filter((k) => (index.topicOf.get(k) ?? null) === null));
    const topics: ListedTopic[] = [];
    for (const t of index.topicsOf.get(c.id) ?? []) {
      if (hidden.hiddenTopics.has(t.id)) continue;
      const listed = keep(index.topicMembers.get(t.id) ?? []);
      if (listed.length > 0) topics.push({ topic: t.id, papers: listed });
    }
    if (papers.length > 0 || topics.length > 0) groups.push({ cluster: c.id, papers, topics });
  }
  return groups;
}
