// A paper's related papers: its graph neighbours, strongest link first, each with why.
import type { PaperGraph } from './types.ts';

export interface RelatedPaper {
  key: string;
  title: string;
  cluster: number;
  weight: number;
  shared: readonly string[];
}

export function relatedPapers(graph: PaperGraph, key: string): RelatedPaper[] {
  if (!graph.hasNode(key)) return [];
  const related: RelatedPaper[] = [];
  graph.forEachEdge(key, (_edge, attrs, source, target) => {
    const other = source === key ? target : source;
    related.push({
      key: other,
      title: graph.getNodeAttribute(other, 'title'),
      cluster: graph.getNodeAttribute(other, 'cluster'),
      weight: attrs.weight,
      shared: attrs.shared,
    });
  });
  return related.sort(
    (a, b) =>
      b.weight - a.weight || a.title.localeCompare(b.title, 'en') || (a.key < b.key ? -1 : 1),
  );
}
