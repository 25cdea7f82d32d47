// The graph file that the served app shows, read by the tests to compute what a reader should see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphFile } from '../../../src/core/graph-file.ts';
import { servedDir } from './browser.ts';

export interface Paper {
  key: string;
  title: string;
  cluster: number;
  /** The paper's sub-topic, or null. */
  topic: number | null;
  keywords: string[];
}

export function servedGraph(file = 'graph.json') {
  const graph = JSON.parse(readFileSync(join(servedDir(), file), 'utf8')) as GraphFile;
  const papers: Paper[] = graph.nodes.map((n) => ({ key: n.key, ...n.attributes }));
  const byTitle = (title: string) => {
    const p = papers.find((x) => x.title === title);
    if (!p) throw new Error(`graph: no paper titled "${title}"`);
    return p;
  };
  const byKey = (key: string) => {
    const p = papers.find((x) => x.key === key);
    if (!p) throw new Error(`graph: no paper with key "${key}"`);
    return p;
  };
  /** Neighbours of a paper with the terms each link shares. */
  const neighbours = (key: string) =>
    graph.edges.flatMap((e) =>
      e.source === key
        ? [{ key: e.target, shared: e.attributes.shared }]
        : e.target === key
          ? [{ key: e.source, shared: e.attributes.shared }]
          : [],
    );
  const clusterOf = (key: string) => {
    const id = byKey(key).cluster;
    const c = graph.attributes.clusters.find((x) => x.id === id);
    if (!c) throw new Error(`graph: no cluster ${id}`);
    return c;
  };
  return {
    graph,
    papers,
    titles: papers.map((p) => p.title),
    byTitle,
    byKey,
    neighbours,
    clusterOf,
  };
}
