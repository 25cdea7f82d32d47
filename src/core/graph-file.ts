// The graph file: graphology's serialized JSON (what `graph.export()` returns) with papermap's
// attributes. The app loads it with `Graph.from(file)`; this module is its contract and its
// validator, shared by the CLI and the app (it imports nothing, so the viewer stays small).

export const SCHEMA = 'papermap/1';

export interface ClusterInfo {
  id: number;
  label: string;
  keywords: string[];
  size: number;
  color: string;
}

export interface BuildInfo {
  /** SHA-256 over the inputs' contents, in the order given. */
  inputsHash: string;
  inputs: { name: string; format: string; records: number }[];
  options: Record<string, string | number | boolean | null>;
  versions: Record<string, string>;
}

/** A view's state: the same parts as the app's URL (`paper`, `hide`, `kw`, `q`, `cam`). */
export interface SavedViewState {
  paper: string | null;
  hide: number[];
  kw: string[];
  q: string;
  cam: { x: number; y: number; ratio: number } | null;
}

/** A step of a guided tour: opened with `?view=<id>`, shown with its caption. */
export interface SavedView {
  id: string;
  caption: string;
  state: SavedViewState;
}

export const MAX_CAPTION_LENGTH = 500;

export interface GraphAttributes {
  schema: typeof SCHEMA;
  title: string;
  clusters: ClusterInfo[];
  build: BuildInfo;
  /** Guided views (optional): a tour through the map. */
  views?: SavedView[];
}

export interface PaperNodeAttributes {
  title: string;
  abstract: string;
  authors: string[];
  year: number | null;
  venue: string | null;
  url: string | null;
  doi: string | null;
  links: string[];
  keywords: string[];
  cluster: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface LinkEdgeAttributes {
  /** Cosine similarity of the two papers, in (0, 1]. */
  weight: number;
  /** The terms the two papers share that contribute most to their similarity ("why related"). */
  shared: string[];
}

export interface GraphFile {
  options: { type: 'undirected'; multi: false; allowSelfLoops: false };
  attributes: GraphAttributes;
  nodes: { key: string; attributes: PaperNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: LinkEdgeAttributes }[];
}

export class GraphFileError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(`papermap graph file: ${shown}${more}`);
    this.name = 'GraphFileError';
  }
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: Json): v is string => typeof v === 'string';
const isStringArray = (v: Json): v is string[] => Array.isArray(v) && v.every(isString);
const isFiniteNumber = (v: Json): v is number => typeof v === 'number' && Number.isFinite(v);

/** Collects problems with paths, up to a cap, so that a huge broken file is reported quickly. */
class Problems {
  readonly list: string[] = [];
  constructor(private readonly cap = 50) {}
  add(path: string, what: string) {
    if (this.list.length < this.cap) this.list.push(`${path}: ${what}`);
  }
  get full() {
    return this.list.length >= this.cap;
  }
}

function checkCluster(c: Json, path: string, p: Problems) {
  if (!isObject(c)) return p.add(path, 'expected an object');
  if (!Number.isInteger(c.id)) p.add(`${path}.id`, 'expected an integer');
  if (!isString(c.label)) p.add(`${path}.label`, 'expected a string');
  if (!isStringArray(c.keywords)) p.add(`${path}.keywords`, 'expected an array of strings');
  if (!Number.isInteger(c.size) || (c.size as number) < 0)
    p.add(`${path}.size`, 'expected a non-negative integer');
  if (!isString(c.color)) p.add(`${path}.color`, 'expected a colour string');
}

const nullableString = (v: Json) => v === null || isString(v);

function checkNode(n: Json, path: string, clusterIds: Set<number>, p: Problems) {
  if (!isObject(n)) return p.add(path, 'expected an object');
  if (!isString(n.key) || n.key === '') p.add(`${path}.key`, 'expected a non-empty string');
  const a = n.attributes;
  if (!isObject(a)) return p.add(`${path}.attributes`, 'expected an object');
  if (!isString(a.title)) p.add(`${path}.attributes.title`, 'expected a string');
  if (!isString(a.abstract)) p.add(`${path}.attributes.abstract`, 'expected a string');
  if (!isStringArray(a.authors))
    p.add(`${path}.attributes.authors`, 'expected an array of strings');
  if (!(a.year === null || Number.isInteger(a.year)))
    p.add(`${path}.attributes.year`, 'expected an integer or null');
  for (const f of ['venue', 'url', 'doi'] as const)
    if (!nullableString(a[f])) p.add(`${path}.attributes.${f}`, 'expected a string or null');
  if (!isStringArray(a.links)) p.add(`${path}.attributes.links`, 'expected an array of strings');
  if (!isStringArray(a.keywords))
    p.add(`${path}.attributes.keywords`, 'expected an array of strings');
  if (!Number.isInteger(a.cluster) || !clusterIds.has(a.cluster as number))
    p.add(
      `${path}.attributes.cluster`,
      'expected the id of a cluster listed in attributes.clusters',
    );
  for (const f of ['x', 'y'] as const)
    if (!isFiniteNumber(a[f])) p.add(`${path}.attributes.${f}`, 'expected a finite number');
  if (!isFiniteNumber(a.size) || (a.size as number) <= 0)
    p.add(`${path}.attributes.size`, 'expected a positive number');
  if (!isString(a.color)) p.add(`${path}.attributes.color`, 'expected a colour string');
}

function checkEdge(e: Json, path: string, nodeKeys: Set<string>, p: Problems) {
  if (!isObject(e)) return p.add(path, 'expected an object');
  for (const end of ['source', 'target'] as const) {
    const v = e[end];
    if (!isString(v)) p.add(`${path}.${end}`, 'expected a string');
    else if (!nodeKeys.has(v)) p.add(`${path}.${end}`, `no node has the key "${v}"`);
  }
  const a = e.attributes;
  if (!isObject(a)) return p.add(`${path}.attributes`, 'expected an object');
  if (!isFiniteNumber(a.weight) || (a.weight as number) < 0)
    p.add(`${path}.attributes.weight`, 'expected a non-negative number');
  if (!isStringArray(a.shared)) p.add(`${path}.attributes.shared`, 'expected an array of strings');
}

function checkView(
  v: Json,
  path: string,
  ids: Set<string>,
  nodeKeys: Set<string>,
  clusterIds: Set<number>,
  p: Problems,
) {
  if (!isObject(v)) return p.add(path, 'expected an object');
  if (!isString(v.id) || v.id === '') p.add(`${path}.id`, 'expected a non-empty string');
  else if (v.id === 'list') p.add(`${path}.id`, '"list" is reserved (?view=list)');
  else if (ids.has(v.id)) p.add(`${path}.id`, `duplicate view id "${v.id}"`);
  else ids.add(v.id);
  if (!isString(v.caption)) p.add(`${path}.caption`, 'expected a string');
  else if (v.caption.length > MAX_CAPTION_LENGTH)
    p.add(`${path}.caption`, `expected at most ${MAX_CAPTION_LENGTH} characters`);
  const s = v.state;
  if (!isObject(s)) return p.add(`${path}.state`, 'expected an object');
  if (!(s.paper === null || (isString(s.paper) && nodeKeys.has(s.paper))))
    p.add(`${path}.state.paper`, 'expected null or the key of a node');
  if (
    !Array.isArray(s.hide) ||
    !s.hide.every((id) => Number.isInteger(id) && clusterIds.has(id as number))
  )
    p.add(`${path}.state.hide`, 'expected an array of cluster ids');
  if (!isStringArray(s.kw)) p.add(`${path}.state.kw`, 'expected an array of strings');
  if (!isString(s.q)) p.add(`${path}.state.q`, 'expected a string');
  const cam = s.cam;
  if (!(
    cam === null ||
    (isObject(cam) &&
      isFiniteNumber(cam.x) &&
      isFiniteNumber(cam.y) &&
      isFiniteNumber(cam.ratio) &&
      cam.ratio > 0)
  ))
    p.add(`${path}.state.cam`, 'expected null or { x, y, ratio } finite numbers (ratio > 0)');
}

/** Lists what is wrong with a parsed graph file; an empty list means it is valid. */
export function graphFileProblems(data: Json): string[] {
  const p = new Problems();
  if (!isObject(data)) return ['file: expected a JSON object (graphology serialized graph)'];
  const attrs = data.attributes;
  if (!isObject(attrs)) {
    p.add('attributes', 'expected an object');
    return p.list;
  }
  if (attrs.schema !== SCHEMA)
    p.add('attributes.schema', `expected "${SCHEMA}", found ${JSON.stringify(attrs.schema)}`);
  if (!isString(attrs.title)) p.add('attributes.title', 'expected a string');
  const clusterIds = new Set<number>();
  if (!Array.isArray(attrs.clusters)) p.add('attributes.clusters', 'expected an array');
  else
    attrs.clusters.forEach((c, i) => {
      checkCluster(c, `attributes.clusters[${i}]`, p);
      if (isObject(c) && Number.isInteger(c.id)) {
        if (clusterIds.has(c.id as number))
          p.add(`attributes.clusters[${i}].id`, `duplicate cluster id ${c.id}`);
        clusterIds.add(c.id as number);
      }
    });
  if (!isObject(attrs.build)) p.add('attributes.build', 'expected an object');
  const nodeKeys = new Set<string>();
  if (!Array.isArray(data.nodes)) p.add('nodes', 'expected an array');
  else
    for (let i = 0; i < data.nodes.length && !p.full; i++) {
      const n = data.nodes[i];
      checkNode(n, `nodes[${i}]`, clusterIds, p);
      if (isObject(n) && isString(n.key)) {
        if (nodeKeys.has(n.key)) p.add(`nodes[${i}].key`, `duplicate node key "${n.key}"`);
        nodeKeys.add(n.key);
      }
    }
  if (!Array.isArray(data.edges)) p.add('edges', 'expected an array');
  else
    for (let i = 0; i < data.edges.length && !p.full; i++)
      checkEdge(data.edges[i], `edges[${i}]`, nodeKeys, p);
  if (attrs.views !== undefined) {
    if (!Array.isArray(attrs.views)) p.add('attributes.views', 'expected an array');
    else {
      const ids = new Set<string>();
      attrs.views.forEach((v, i) =>
        checkView(v, `attributes.views[${i}]`, ids, nodeKeys, clusterIds, p),
      );
    }
  }
  return p.list;
}

/** Returns the data typed as a graph file, or throws a GraphFileError listing what is wrong. */
export function validateGraphFile(data: Json): GraphFile {
  const problems = graphFileProblems(data);
  if (problems.length > 0) throw new GraphFileError(problems);
  return data as GraphFile;
}
