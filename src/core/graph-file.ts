// The graph file: graphology's serialized JSON (what `graph.export()` returns) with papermap's
// attributes. The app loads it with `Graph.from(file)`; this module is its contract and its
// validator, shared by the CLI and the app (it imports nothing, so the viewer stays small).

export const SCHEMA = 'papermap/2';
/** Schemas this version opens: a papermap/1 file is brought up to date by `upgradeGraphFile`. */
export const READABLE_SCHEMAS = ['papermap/1', SCHEMA] as const;

export interface ClusterInfo {
  id: number;
  label: string;
  keywords: string[];
  size: number;
  color: string;
}

/**
 * A sub-topic of a cluster. Ids are unique across the map (not per cluster). A cluster too small
 * or too uniform to have parts has no topics, and its papers' `topic` is null.
 */
export interface TopicInfo {
  id: number;
  cluster: number;
  label: string;
  keywords: string[];
  size: number;
}

export interface BuildInfo {
  /** SHA-256 over the inputs' contents, in the order given. */
  inputsHash: string;
  inputs: { name: string; format: string; records: number }[];
  options: Record<string, string | number | boolean | null>;
  versions: Record<string, string>;
}

/** Optional paper fields a map can have; `attributes.fields` lists those at least one paper has. */
export const PAPER_FIELDS = ['year', 'venue', 'citations'] as const;
export type PaperField = (typeof PAPER_FIELDS)[number];

/** What the map's papers are coloured by (`?color=`). */
export const COLOR_BY = ['cluster', 'year', 'venue'] as const;
export type ColorBy = (typeof COLOR_BY)[number];
/** What sets a paper's dot size (`?size=`). */
export const SIZE_BY = ['degree', 'citations', 'none'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

/** A view's state: the same parts as the app's URL (`paper`, `hide`, `kw`, `q`, `cam`, ...). */
export interface SavedViewState {
  paper: string | null;
  hide: number[];
  /** Hidden sub-topics (topic ids); absent in views saved before sub-topics existed. */
  hideTopics?: number[];
  kw: string[];
  q: string;
  cam: { x: number; y: number; ratio: number } | null;
  /** Colour and size by, and a year range [from, to] (inclusive); absent means the defaults. */
  color?: ColorBy;
  size?: SizeBy;
  years?: [number, number];
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
  /** Sub-topics of the clusters (papermap/2); empty when no cluster has parts. */
  topics: TopicInfo[];
  build: BuildInfo;
  /**
   * The optional paper fields that at least one paper has, in PAPER_FIELDS order, so the viewer
   * offers only colourings, sizes and filters that mean something. Absent in files made before
   * it existed (the viewer then looks at the papers).
   */
  fields?: PaperField[];
  /** Guided views (optional): a tour through the map. */
  views?: SavedView[];
  /**
   * Present in the map file of a split map (split-map.ts): its papers' details are in these
   * detail files, `perFile` papers each in node order, not in the nodes.
   */
  split?: SplitInfo;
}

export interface SplitInfo {
  /** How many papers the map has (the detail files hold one entry for each). */
  papers: number;
  perFile: number;
  /** The detail files, relative to the map file (`map.details/0000.json`, ...). */
  files: string[];
}

/** The node attributes that a split map's nodes leave to its detail files (split-map.ts). */
export const DETAIL_FIELDS = [
  'abstract',
  'authors',
  'url',
  'doi',
  'links',
  'keywords',
  'authorKeywords',
  'extra',
] as const;

export interface PaperNodeAttributes {
  title: string;
  abstract: string;
  authors: string[];
  year: number | null;
  venue: string | null;
  /** How many times the paper is cited; absent when the input did not say. */
  citations?: number;
  url: string | null;
  doi: string | null;
  /** The paper's arXiv id ("2301.00774"), when the input gave or linked one. */
  arxivId?: string;
  /** The keywords the authors or the database gave (not the extracted `keywords`); absent if none. */
  authorKeywords?: string[];
  /**
   * The input's fields papermap has no place for (a CSV's Notes or Rating column, RIS tags),
   * as written, by their names in the input; absent if none.
   */
  extra?: Record<string, string>;
  links: string[];
  keywords: string[];
  cluster: number;
  /** The paper's sub-topic (a topic id), or null when its cluster has none. */
  topic: number | null;
  /**
   * True when the record had no title and its title was made from the start of its abstract;
   * absent otherwise.
   */
  titleDerived?: true;
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

function checkTopic(t: Json, path: string, clusterIds: Set<number>, p: Problems) {
  if (!isObject(t)) return p.add(path, 'expected an object');
  if (!Number.isInteger(t.id)) p.add(`${path}.id`, 'expected an integer');
  if (!Number.isInteger(t.cluster) || !clusterIds.has(t.cluster as number))
    p.add(`${path}.cluster`, 'expected the id of a cluster listed in attributes.clusters');
  if (!isString(t.label)) p.add(`${path}.label`, 'expected a string');
  if (!isStringArray(t.keywords)) p.add(`${path}.keywords`, 'expected an array of strings');
  if (!Number.isInteger(t.size) || (t.size as number) < 0)
    p.add(`${path}.size`, 'expected a non-negative integer');
}

function checkNode(
  n: Json,
  path: string,
  clusterIds: Set<number>,
  topicCluster: Map<number, number>,
  fields: ReadonlySet<string> | null,
  split: boolean,
  p: Problems,
) {
  if (!isObject(n)) return p.add(path, 'expected an object');
  if (!isString(n.key) || n.key === '') p.add(`${path}.key`, 'expected a non-empty string');
  const a = n.attributes;
  if (!isObject(a)) return p.add(`${path}.attributes`, 'expected an object');
  if (!isString(a.title)) p.add(`${path}.attributes.title`, 'expected a string');
  if (split) checkSplitNode(a, path, p);
  else checkDetails(a, path, p);
  if (!(a.year === null || Number.isInteger(a.year)))
    p.add(`${path}.attributes.year`, 'expected an integer or null');
  if (!nullableString(a.venue)) p.add(`${path}.attributes.venue`, 'expected a string or null');
  if (!Number.isInteger(a.cluster) || !clusterIds.has(a.cluster as number))
    p.add(
      `${path}.attributes.cluster`,
      'expected the id of a cluster listed in attributes.clusters',
    );
  if (a.topic !== null) {
    if (!Number.isInteger(a.topic) || !topicCluster.has(a.topic as number))
      p.add(`${path}.attributes.topic`, 'expected null or the id of a topic in attributes.topics');
    else if (topicCluster.get(a.topic as number) !== a.cluster)
      p.add(`${path}.attributes.topic`, "expected a topic of the paper's own cluster");
  }
  if (a.citations !== undefined) {
    if (!Number.isSafeInteger(a.citations) || (a.citations as number) < 0)
      p.add(`${path}.attributes.citations`, 'expected a non-negative integer or no value');
    else if (fields && !fields.has('citations'))
      p.add(`${path}.attributes.citations`, 'not listed in attributes.fields');
  }
  if (fields) {
    if (a.year !== null && a.year !== undefined && !fields.has('year'))
      p.add(`${path}.attributes.year`, 'not listed in attributes.fields');
    if (isString(a.venue) && !fields.has('venue'))
      p.add(`${path}.attributes.venue`, 'not listed in attributes.fields');
  }
  if (a.arxivId !== undefined && (!isString(a.arxivId) || a.arxivId === ''))
    p.add(`${path}.attributes.arxivId`, 'expected a non-empty string or no value');
  if (a.titleDerived !== undefined && a.titleDerived !== true)
    p.add(`${path}.attributes.titleDerived`, 'expected true or no value');
  for (const f of ['x', 'y'] as const)
    if (!isFiniteNumber(a[f])) p.add(`${path}.attributes.${f}`, 'expected a finite number');
  if (!isFiniteNumber(a.size) || (a.size as number) <= 0)
    p.add(`${path}.attributes.size`, 'expected a positive number');
  if (!isString(a.color)) p.add(`${path}.attributes.color`, 'expected a colour string');
}

/** The attributes a whole map's node has and a split map's detail files hold. */
function checkDetails(a: Record<string, Json>, path: string, p: Problems) {
  if (!isString(a.abstract)) p.add(`${path}.attributes.abstract`, 'expected a string');
  for (const f of ['authors', 'links', 'keywords'] as const)
    if (!isStringArray(a[f])) p.add(`${path}.attributes.${f}`, 'expected an array of strings');
  for (const f of ['url', 'doi'] as const)
    if (!nullableString(a[f])) p.add(`${path}.attributes.${f}`, 'expected a string or null');
  if (a.authorKeywords !== undefined && !isStringArray(a.authorKeywords))
    p.add(`${path}.attributes.authorKeywords`, 'expected an array of strings or no value');
  if (
    a.extra !== undefined &&
    !(isObject(a.extra) && Object.values(a.extra).every((v) => typeof v === 'string'))
  )
    p.add(`${path}.attributes.extra`, 'expected an object of strings or no value');
}

function checkSplitNode(a: Record<string, Json>, path: string, p: Problems) {
  for (const f of DETAIL_FIELDS)
    if (a[f] !== undefined)
      p.add(`${path}.attributes.${f}`, 'belongs in the detail files of a split map');
}

/**
 * `attributes.split`: detail files named relative to the map file, inside its folder (no
 * "..", no address of another site: a map file cannot make the viewer fetch from elsewhere).
 */
function checkSplit(v: Json, nodeCount: number, p: Problems): boolean {
  if (v === undefined) return false;
  if (!isObject(v)) {
    p.add('attributes.split', 'expected an object');
    return true;
  }
  if (v.papers !== nodeCount)
    p.add('attributes.split.papers', `expected the number of nodes (${nodeCount})`);
  if (!Number.isInteger(v.perFile) || (v.perFile as number) < 1)
    p.add('attributes.split.perFile', 'expected a positive integer');
  const safe = (f: Json) =>
    isString(f) && /^[\w.-]+(\/[\w.-]+)*$/u.test(f) && !f.split('/').includes('..');
  if (!Array.isArray(v.files) || !v.files.every(safe))
    p.add(
      'attributes.split.files',
      'expected relative paths of detail files (letters, digits, . _ - /; no "..")',
    );
  else if (
    Number.isInteger(v.perFile) &&
    v.files.length !== Math.ceil(nodeCount / (v.perFile as number))
  )
    p.add(
      'attributes.split.files',
      `expected ${Math.ceil(nodeCount / (v.perFile as number))} files for ${nodeCount} papers`,
    );
  return true;
}

/** `attributes.fields`: absent, or known field names, each once; the set, or null when absent. */
function checkFields(v: Json, p: Problems): ReadonlySet<string> | null {
  if (v === undefined) return null;
  const known: readonly string[] = PAPER_FIELDS;
  if (
    !Array.isArray(v) ||
    !v.every((f) => isString(f) && known.includes(f)) ||
    new Set(v).size !== v.length
  ) {
    p.add('attributes.fields', `expected distinct names among ${PAPER_FIELDS.join(', ')}`);
    return null;
  }
  return new Set(v as string[]);
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
  topicIds: Set<number>,
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
  if (
    s.hideTopics !== undefined &&
    !(
      Array.isArray(s.hideTopics) &&
      s.hideTopics.every((id) => Number.isInteger(id) && topicIds.has(id as number))
    )
  )
    p.add(`${path}.state.hideTopics`, 'expected an array of topic ids');
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
  if (s.color !== undefined && !(COLOR_BY as readonly Json[]).includes(s.color))
    p.add(`${path}.state.color`, `expected one of ${COLOR_BY.join(', ')}`);
  if (s.size !== undefined && !(SIZE_BY as readonly Json[]).includes(s.size))
    p.add(`${path}.state.size`, `expected one of ${SIZE_BY.join(', ')}`);
  const years = s.years;
  if (
    years !== undefined &&
    !(
      Array.isArray(years) &&
      years.length === 2 &&
      years.every((y) => Number.isInteger(y)) &&
      (years[0] as number) <= (years[1] as number)
    )
  )
    p.add(`${path}.state.years`, 'expected [from, to]: two integers, from <= to');
}

/**
 * Brings a papermap/1 file up to papermap/2 (no topics; every paper's topic null) and returns a
 * papermap/2 file as it is. Pure: the input is not changed. Apply before validating, so that the
 * app and the CLI only ever handle the newest shape.
 */
export function upgradeGraphFile(data: Json): Json {
  if (!isObject(data) || !isObject(data.attributes) || data.attributes.schema !== 'papermap/1')
    return data;
  const nodes = Array.isArray(data.nodes)
    ? data.nodes.map((n) =>
        isObject(n) && isObject(n.attributes)
          ? { ...n, attributes: { ...n.attributes, topic: null } }
          : n,
      )
    : data.nodes;
  return { ...data, attributes: { ...data.attributes, schema: SCHEMA, topics: [] }, nodes };
}

/**
 * Lists what is wrong with a parsed graph file (papermap/2; upgrade a papermap/1 file first); an
 * empty list means it is valid.
 */
export function graphFileProblems(data: Json): string[] {
  const p = new Problems();
  if (!isObject(data)) return ['file: expected a JSON object (graphology serialized graph)'];
  const attrs = data.attributes;
  if (!isObject(attrs)) {
    p.add('attributes', 'expected an object');
    return p.list;
  }
  if (attrs.schema !== SCHEMA)
    p.add(
      'attributes.schema',
      `expected "${SCHEMA}" (or "papermap/1", upgraded on load), found ${JSON.stringify(attrs.schema)}`,
    );
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
  const topicCluster = new Map<number, number>();
  if (!Array.isArray(attrs.topics)) p.add('attributes.topics', 'expected an array');
  else
    attrs.topics.forEach((t, i) => {
      checkTopic(t, `attributes.topics[${i}]`, clusterIds, p);
      if (isObject(t) && Number.isInteger(t.id)) {
        if (topicCluster.has(t.id as number))
          p.add(`attributes.topics[${i}].id`, `duplicate topic id ${t.id}`);
        topicCluster.set(t.id as number, t.cluster as number);
      }
    });
  if (!isObject(attrs.build)) p.add('attributes.build', 'expected an object');
  const fields = checkFields(attrs.fields, p);
  const split = checkSplit(attrs.split, Array.isArray(data.nodes) ? data.nodes.length : 0, p);
  const nodeKeys = new Set<string>();
  if (!Array.isArray(data.nodes)) p.add('nodes', 'expected an array');
  else
    for (let i = 0; i < data.nodes.length && !p.full; i++) {
      const n = data.nodes[i];
      checkNode(n, `nodes[${i}]`, clusterIds, topicCluster, fields, split, p);
      if (isObject(n) && isString(n.key)) {
        if (nodeKeys.has(n.key)) p.add(`nodes[${i}].key`, `duplicate node key "${n.key}"`);
        nodeKeys.add(n.key);
      }
    }
  if (!Array.isArray(data.edges)) p.add('edges', 'expected an array');
  else {
    // The file declares a simple undirected graph (multi: false, allowSelfLoops: false), which
    // graphology enforces on import: what it would refuse is refused here, with its place.
    const edgeKeys = new Set<string>();
    const pairs = new Map<string, number>();
    for (let i = 0; i < data.edges.length && !p.full; i++) {
      const e = data.edges[i];
      const path = `edges[${i}]`;
      checkEdge(e, path, nodeKeys, p);
      if (!isObject(e)) continue;
      if (!isString(e.key)) p.add(`${path}.key`, 'expected a string');
      else if (edgeKeys.has(e.key)) p.add(`${path}.key`, `duplicate edge key "${e.key}"`);
      else edgeKeys.add(e.key);
      const { source, target } = e;
      if (!isString(source) || !isString(target)) continue;
      if (source === target) p.add(path, `a paper linked to itself ("${source}")`);
      const pair = source < target ? `${source}\0${target}` : `${target}\0${source}`;
      const first = pairs.get(pair);
      if (first !== undefined)
        p.add(path, `a second link between "${source}" and "${target}" (first: edges[${first}])`);
      else pairs.set(pair, i);
    }
  }
  if (attrs.views !== undefined) {
    if (!Array.isArray(attrs.views)) p.add('attributes.views', 'expected an array');
    else {
      const ids = new Set<string>();
      attrs.views.forEach((v, i) =>
        checkView(
          v,
          `attributes.views[${i}]`,
          ids,
          nodeKeys,
          clusterIds,
          new Set(topicCluster.keys()),
          p,
        ),
      );
    }
  }
  return p.list;
}

/**
 * Returns the data (a papermap/1 file upgraded) typed as a graph file, or throws a GraphFileError
 * listing what is wrong.
 */
export function validateGraphFile(data: Json): GraphFile {
  const upgraded = upgradeGraphFile(data);
  const problems = graphFileProblems(upgraded);
  if (problems.length > 0) throw new GraphFileError(problems);
  return upgraded as GraphFile;
}
