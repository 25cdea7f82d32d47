// What the viewer precomputes once per loaded map, so that reducers and panels answer in O(1).
import type { ClusterInfo } from '../../core/graph-file.ts';
import { buildKeyphraseIndex, type KeyphraseEntry } from './keyphrases.ts';
import {
  buildPhraseIndex,
  buildPhraseIndexInChunks,
  type PaperText,
  type PhraseIndex,
} from './phrase-index.ts';
import type { PaperGraph } from './types.ts';

export interface MapIndex {
  title: string;
  clusters: readonly ClusterInfo[];
  clusterById: ReadonlyMap<number, ClusterInfo>;
  clusterOf: ReadonlyMap<string, number>;
  /** Each cluster's papers, sorted by title. */
  members: ReadonlyMap<number, readonly string[]>;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  keyphrases: ReadonlyMap<string, KeyphraseEntry>;
  /** Which papers mention a phrase: what the keyphrase filter matches by. */
  phrases: PhraseIndex;
  /** Builds `phrases` in chunks that yield to the browser, unless something needed it first. */
  preparePhrases(): Promise<void>;
  /** Each cluster's centroid in graph coordinates, where its region title goes. */
  centroids: ReadonlyMap<number, { x: number; y: number }>;
  nodeCount: number;
  edgeCount: number;
}

export function buildMapIndex(graph: PaperGraph): MapIndex {
  const attrs = graph.getAttributes();
  const clusters = attrs.clusters;
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const clusterOf = new Map<string, number>();
  const members = new Map<number, string[]>(clusters.map((c) => [c.id, []]));
  const sums = new Map<number, { x: number; y: number; n: number }>();
  const neighbours = new Map<string, Set<string>>();
  const papers: PaperText[] = [];
  graph.forEachNode((key, a) => {
    clusterOf.set(key, a.cluster);
    members.get(a.cluster)?.push(key);
    const s = sums.get(a.cluster) ?? { x: 0, y: 0, n: 0 };
    sums.set(a.cluster, { x: s.x + a.x, y: s.y + a.y, n: s.n + 1 });
    neighbours.set(key, new Set(graph.neighbors(key)));
    papers.push({ key, title: a.title, abstract: a.abstract, keywords: a.keywords });
  });
  const byTitle = (a: string, b: string) =>
    graph.getNodeAttribute(a, 'title').localeCompare(graph.getNodeAttribute(b, 'title'), 'en') ||
    (a < b ? -1 : 1);
  for (const list of members.values()) list.sort(byTitle);
  const centroids = new Map<number, { x: number; y: number }>();
  for (const [id, s] of sums) centroids.set(id, { x: s.x / s.n, y: s.y / s.n });
  // Built on first use (the keyphrase filter, a `kw` in the URL, or after the first render via
  // AppStore.prepareSearch): it is not needed to draw the map.
  let keyphrases: ReadonlyMap<string, KeyphraseEntry> | null = null;
  // Likewise the phrase index, which reads every title and abstract (about a second at 10,000
  // papers): built in chunks after the first render, or at once by the first filter.
  let phrases: PhraseIndex | null = null;
  return {
    title: attrs.title,
    clusters,
    clusterById,
    clusterOf,
    members,
    neighbours,
    get keyphrases() {
      return (keyphrases ??= buildKeyphraseIndex(papers));
    },
    get phrases() {
      return (phrases ??= buildPhraseIndex(papers));
    },
    async preparePhrases() {
      if (phrases) return;
      const built = await buildPhraseIndexInChunks(papers);
      phrases ??= built;
    },
    centroids,
    nodeCount: graph.order,
    edgeCount: graph.size,
  };
}
