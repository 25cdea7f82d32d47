// Puts the stages' results together as a graph file (graphology's serialized JSON).
import {
  PAPER_FIELDS,
  SCHEMA,
  type BuildInfo,
  type ClusterInfo,
  type GraphFile,
  type PaperNodeAttributes,
  type TopicInfo,
} from './graph-file.ts';
import { clusterColors } from './model/index.ts';
import type { BuildOptions } from './options.ts';
import type { Keyphrase, Paper } from './types.ts';

export interface AssembleInput {
  papers: Paper[];
  keyphrases: Keyphrase[][];
  edges: { source: number; target: number; weight: number; shared: string[] }[];
  assignments: number[];
  labels: { id: number; label: string; keywords: string[] }[];
  /** Sub-topics, in id order. */
  topics: TopicInfo[];
  /** Topic id per paper, or null. */
  topicOf: (number | null)[];
  layout: { x: ArrayLike<number>; y: ArrayLike<number>; size: ArrayLike<number> };
  options: BuildOptions;
  build: Omit<BuildInfo, 'options'>;
  fallbackTitle: string;
}

/** Similarities are rounded so that the file is compact and stable across platforms. */
const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * What the input said that the map has no field of its own for: the arXiv id, the authors'
 * keywords, other columns and tags (not `copyright`, the notices papermap took off the abstract).
 * Each only when there is something, so that a file of plain papers stays as it was.
 */
function kept(p: Paper): Pick<PaperNodeAttributes, 'arxivId' | 'authorKeywords' | 'extra'> {
  const extra = Object.entries(p.extra).filter(([name]) => name !== 'copyright');
  return {
    ...(p.arxivId ? { arxivId: p.arxivId } : {}),
    ...(p.authorKeywords.length ? { authorKeywords: p.authorKeywords } : {}),
    ...(extra.length ? { extra: Object.fromEntries(extra) } : {}),
  };
}

export function assembleGraphFile(input: AssembleInput): GraphFile {
  const { papers, keyphrases, edges, assignments, labels, layout, options } = input;
  const colors = clusterColors(labels.length);
  const sizes = new Map<number, number>();
  for (const c of assignments) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const clusters: ClusterInfo[] = labels.map((l, i) => ({
    id: l.id,
    label: l.label,
    keywords: l.keywords,
    size: sizes.get(l.id) ?? 0,
    color: colors[i],
  }));
  const colorOf = new Map(clusters.map((c) => [c.id, c.color]));
  // Which optional fields the papers have: the viewer offers colour by year only if some do.
  const fields = PAPER_FIELDS.filter((f) => papers.some((p) => p[f] !== null));
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: {
      schema: SCHEMA,
      title: options.title ?? input.fallbackTitle,
      clusters,
      topics: input.topics,
      fields,
      build: {
        ...input.build,
        // The file's name without its folder: the same files built from another working
        // directory, or in the browser (which knows no paths), give the same bytes.
        inputs: input.build.inputs.map((i) => ({ ...i, name: baseName(i.name) })),
        options: {
          clusters: options.clusters,
          neighbours: options.neighbours,
          seed: options.seed,
          keyphrases: options.keyphrases,
        },
      },
    },
    nodes: papers.map((p, i) => ({
      key: p.id,
      attributes: {
        title: p.title,
        abstract: p.abstract,
        authors: p.authors,
        year: p.year,
        venue: p.venue,
        // Only when known: a file of papers without counts stays as it was.
        ...(p.citations !== null ? { citations: p.citations } : {}),
        url: p.url,
        doi: p.doi,
        ...kept(p),
        links: p.links,
        keywords: keyphrases[i].map((k) => k.text),
        cluster: assignments[i],
        topic: input.topicOf[i],
        // Only when true: a file of titled papers stays as it was.
        ...(p.titleDerived ? { titleDerived: true as const } : {}),
        x: round(layout.x[i], 3),
        y: round(layout.y[i], 3),
        size: round(layout.size[i], 2),
        color: colorOf.get(assignments[i]) ?? '#888888',
      },
    })),
    edges: edges.map((e, i) => ({
      key: `e${i}`,
      source: papers[e.source].id,
      target: papers[e.target].id,
      attributes: { weight: round(e.weight, 4), shared: e.shared },
    })),
  };
}

/** A path's last part: the file's name, whichever separator the path uses. */
export const baseName = (path: string) => path.replace(/^.*[\\/]/u, '');
