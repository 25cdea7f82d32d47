// What the viewer precomputes once per loaded map, so that reducers and panels answer in O(1).
import type { ClusterInfo, PaperNodeAttributes, TopicInfo } from '../../core/graph-file.ts';
import { buildKeyphraseIndex, type KeyphraseEntry } from './keyphrases.ts';
import type { PaperText } from './phrase-index.ts';
import type { PaperGraph } from './types.ts';

type Point = { x: number; y: number };

export interface MapIndex {
  title: string;
  clusters: readonly ClusterInfo[];
  clusterById: ReadonlyMap<number, ClusterInfo>;
  clusterOf: ReadonlyMap<string, number>;
  /** Each cluster's papers, sorted by title. */
  members: ReadonlyMap<number, readonly string[]>;
  /** Sub-topics of the clusters, in the file's order. */
  topics: readonly TopicInfo[];
  topicById: ReadonlyMap<number, TopicInfo>;
  /** Each cluster's sub-topics (an empty list for a cluster without parts). */
  topicsOf: ReadonlyMap<number, readonly TopicInfo[]>;
  /** Each paper's sub-topic, or null when its cluster has none. */
  topicOf: ReadonlyMap<string, number | null>;
  /** Each sub-topic's papers, sorted by title. */
  topicMembers: ReadonlyMap<number, readonly string[]>;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  keyphrases: ReadonlyMap<string, KeyphraseEntry>;
  /**
   * Each paper's title, abstract and keyphrases (extracted and the authors'): what the phrase
   * index reads (text-index.ts, loaded on demand).
   */
  texts: readonly PaperText[];
  /**
   * A split map's papers whose details arrived (map-details.ts): their texts are read again;
   * with `complete`, the keyphrases are gathered again on next use (they span the whole map).
   */
  refreshTexts(keys: readonly string[], complete: boolean): void;
  /** Each cluster's centroid in graph coordinates, where its region title goes. */
  centroids: ReadonlyMap<number, Point>;
  /** Each sub-topic's centroid in graph coordinates, where its title goes when zoomed in. */
  topicCentroids: ReadonlyMap<number, Point>;
  nodeCount: number;
  edgeCount: number;
}

class Centroids {
  private readonly sums = new Map<number, { x: number; y: number; n: number }>();
  add(id: number, p: Point) {
    const s = this.sums.get(id) ?? { x: 0, y: 0, n: 0 };
    this.sums.set(id, { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
  }
  result(): Map<number, Point> {
    const out = new Map<number, Point>();
    for (const [id, s] of this.sums) out.set(id, { x: s.x / s.n, y: s.y / s.n });
    return out;
  }
}

function paperText(key: string, a: PaperNodeAttributes): PaperText {
  // The authors' keywords are matched as the extracted ones are: a chip of either filters.
  const keywords = a.authorKeywords ? [...a.keywords, ...a.authorKeywords] : a.keywords;
  return { key, title: a.title, abstract: a.abstract, keywords };
}

export function buildMapIndex(graph: PaperGraph): MapIndex {
  const attrs = graph.getAttributes();
  const clusters = attrs.clusters;
  const topics = attrs.topics;
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const topicsOf = new Map<number, TopicInfo[]>(clusters.map((c) => [c.id, []]));
  for (const t of topics) topicsOf.get(t.cluster)?.push(t);
  const clusterOf = new Map<string, number>();
  const topicOf = new Map<string, number | null>();
  const members = new Map<number, string[]>(clusters.map((c) => [c.id, []]));
  const topicMembers = new Map<number, string[]>(topics.map((t) => [t.id, []]));
  const clusterSums = new Centroids();
  const topicSums = new Centroids();
  const neighbours = new Map<string, Set<string>>();
  const papers: PaperText[] = [];
  graph.forEachNode((key, a) => {
    clusterOf.set(key, a.cluster);
    topicOf.set(key, a.topic);
    members.get(a.cluster)?.push(key);
    clusterSums.add(a.cluster, a);
    if (a.topic !== null) {
      topicMembers.get(a.topic)?.push(key);
      topicSums.add(a.topic, a);
    }
    neighbours.set(key, new Set(graph.neighbors(key)));
    papers.push(paperText(key, a));
  });
  const byTitle = (a: string, b: string) =>
    graph.getNodeAttribute(a, 'title').localeCompare(graph.getNodeAttribute(b, 'title'), 'en') ||
    (a < b ? -1 : 1);
  for (const list of members.values()) list.sort(byTitle);
  for (const list of topicMembers.values()) list.sort(byTitle);
  // Built on first use (the keyphrase filter, a `kw` in the URL, or after the first render via
  // AppStore.prepareSearch): it is not needed to draw the map.
  let keyphrases: ReadonlyMap<string, KeyphraseEntry> | null = null;
  let positions: Map<string, number> | null = null;
  return {
    title: attrs.title,
    clusters,
    clusterById,
    clusterOf,
    members,
    topics,
    topicById,
    topicsOf,
    topicOf,
    topicMembers,
    neighbours,
    get keyphrases() {
      return (keyphrases ??= buildKeyphraseIndex(papers));
    },
    texts: papers,
    refreshTexts(keys, complete) {
      positions ??= new Map(papers.map((p, i) => [p.key, i]));
      for (const key of keys) {
        const at = positions.get(key);
        if (at !== undefined) papers[at] = paperText(key, graph.getNodeAttributes(key));
      }
      if (complete) keyphrases = null;
    },
    centroids: clusterSums.result(),
    topicCentroids: topicSums.result(),
    nodeCount: graph.order,
    edgeCount: graph.size,
  };
}
