// Large maps for the viewer benchmark without running the pipeline on 100,000 papers (over a
// quarter of an hour on two cores): `tileMap` copies a built map's papers and links until it
// has n papers, each copy's papers scattered a little around the originals' places, so the
// clusters keep their shapes and get denser, and one link in ten joins two copies. `stripMap`
// empties what a map without abstracts would leave out (the validator still wants the fields),
// as the split map's main file will.
import type { GraphFile } from '../src/core/graph-file.ts';
import { createRandom } from '../src/core/model/random.ts';

/** A copy's papers land this share of the map's extent from the originals (standard deviation). */
const SCATTER = 0.012;
/** Share of a copy's links whose far end is in the next copy. */
const CROSS_LINKS = 0.1;

export function stripMap(file: GraphFile): GraphFile {
  return {
    ...file,
    nodes: file.nodes.map(({ key, attributes }) => {
      const a = { ...attributes, abstract: '', authors: [], keywords: [], links: [] };
      delete a.extra;
      delete a.authorKeywords;
      return { key, attributes: a };
    }),
  };
}

export function tileMap(file: GraphFile, n: number, seed = 1): GraphFile {
  const random = createRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const base = file.nodes;
  const copies = Math.ceil(n / base.length);
  const keyOf = (key: string, copy: number) => (copy === 0 ? key : `${key}~${copy}`);
  const xs = base.map((p) => p.attributes.x);
  const ys = base.map((p) => p.attributes.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const nodes: GraphFile['nodes'] = [];
  const present = new Set<string>();
  for (let copy = 0; copy < copies; copy++)
    for (const { key, attributes } of base) {
      if (nodes.length === n) break;
      const jitter = copy === 0 ? 0 : extent * SCATTER;
      const k = keyOf(key, copy);
      present.add(k);
      nodes.push({
        key: k,
        attributes: {
          ...attributes,
          title: copy === 0 ? attributes.title : `${attributes.title} (copy ${copy})`,
          x: attributes.x + gauss() * jitter,
          y: attributes.y + gauss() * jitter,
        },
      });
    }
  const edges: GraphFile['edges'] = [];
  const seen = new Set<string>();
  for (let copy = 0; copy < copies; copy++)
    for (const { key, source, target, attributes } of file.edges) {
      const far = random() < CROSS_LINKS ? (copy + 1) % copies : copy;
      const s = keyOf(source, copy);
      const t = keyOf(target, far);
      const pair = s < t ? `${s}|${t}` : `${t}|${s}`;
      if (s === t || !present.has(s) || !present.has(t) || seen.has(pair)) continue;
      seen.add(pair);
      edges.push({ key: keyOf(key, copy), source: s, target: t, attributes });
    }
  const scale = nodes.length / base.length;
  const attributes = {
    ...file.attributes,
    title: `${file.attributes.title} (${nodes.length} papers, tiled)`,
    clusters: file.attributes.clusters.map((c) => ({ ...c, size: Math.round(c.size * scale) })),
    topics: file.attributes.topics.map((t) => ({ ...t, size: Math.round(t.size * scale) })),
  };
  return { ...file, attributes, nodes, edges };
}
