// A split map: a large map written as two parts, so that a browser can show it before it has
// read every abstract. The map file keeps what the first view needs (each paper's title,
// cluster, sub-topic, year, venue, citations, position, size, colour; every link with its
// why-related terms); the details (abstract, authors, keyphrases, code links, url, doi, the
// input's extra fields) go into detail files of a few hundred papers each, fetched when a reader
// opens a paper or searches full text. Pure, like graph-file.ts: the CLI writes and reads the
// files, the app fetches them.
import {
  DETAIL_FIELDS,
  type GraphFile,
  type PaperNodeAttributes,
  type SplitInfo,
} from './graph-file.ts';

export { DETAIL_FIELDS, type SplitInfo } from './graph-file.ts';

/**
 * The order of a paper's attributes in a whole map (assemble.ts writes them so): a joined map
 * puts them back in it, and is byte for byte the map that was split.
 */
const ATTRIBUTE_ORDER = [
  'title',
  'abstract',
  'authors',
  'year',
  'venue',
  'citations',
  'url',
  'doi',
  'arxivId',
  'authorKeywords',
  'extra',
  'links',
  'keywords',
  'cluster',
  'topic',
  'titleDerived',
  'x',
  'y',
  'size',
  'color',
] as const satisfies readonly (keyof PaperNodeAttributes)[];

export type DetailField = (typeof DETAIL_FIELDS)[number];
export type PaperDetails = Pick<PaperNodeAttributes, DetailField>;

export const DETAILS_SCHEMA = 'papermap-details/1';

/** One detail file: the details of consecutive papers of the map file, in its order. */
export interface DetailsFile {
  schema: typeof DETAILS_SCHEMA;
  /** Which part of the map this is (0-based), so that a file put in the wrong place is caught. */
  part: number;
  papers: ({ key: string } & PaperDetails)[];
}

/**
 * Papers per detail file. Opening a paper fetches its file: 500 abstracts are ~0.7 MB of JSON
 * (~0.25 MB gzipped), a moment on a slow connection; 100,000 papers make 200 files.
 */
export const PAPERS_PER_DETAILS_FILE = 500;

const IN_DETAILS: ReadonlySet<string> = new Set(DETAIL_FIELDS);

/**
 * Where `papermap build` splits a map it was not told how to write: above this many bytes of
 * whole map (a map of ~8,000 typical abstracts). Below it one file opens in about a second; far
 * above it a reader waits for every abstract before seeing the map.
 */
export const SPLIT_ABOVE_BYTES = 20 * 1024 * 1024;

/** The folder of a map file's detail files: `map.json` -> `map.details`. */
export function detailsFolderName(mapFileName: string): string {
  return `${mapFileName.replace(/\.json$/iu, '')}.details`;
}

const partName = (folder: string, part: number) =>
  `${folder}/${String(part).padStart(4, '0')}.json`;

/** A whole map written as a map file and its detail files (paths relative to the map file). */
export interface SplitMap {
  map: GraphFile;
  details: { path: string; file: DetailsFile }[];
}

/** Splits a whole map; `folder` is where the detail files go, relative to the map file. */
export function splitGraphFile(
  graph: GraphFile,
  folder: string,
  perFile = PAPERS_PER_DETAILS_FILE,
): SplitMap {
  const parts = Math.ceil(graph.nodes.length / perFile);
  const files = Array.from({ length: parts }, (_, part) => partName(folder, part));
  const details: SplitMap['details'] = files.map((path, part) => ({
    path,
    file: { schema: DETAILS_SCHEMA, part, papers: [] },
  }));
  const nodes = graph.nodes.map((node, i) => {
    const kept: Record<string, unknown> = {};
    const moved: Record<string, unknown> = { key: node.key };
    for (const [name, value] of Object.entries(node.attributes))
      (IN_DETAILS.has(name) ? moved : kept)[name] = value;
    details[Math.floor(i / perFile)]!.file.papers.push(moved as { key: string } & PaperDetails);
    return { key: node.key, attributes: kept as unknown as PaperNodeAttributes };
  });
  const split: SplitInfo = { papers: graph.nodes.length, perFile, files };
  return { map: { ...graph, attributes: { ...graph.attributes, split }, nodes }, details };
}

/** The part of a split map that holds the paper at `index` in the map file's node order. */
const partOf = (split: SplitInfo, index: number) => Math.floor(index / split.perFile);

/**
 * Lists what is wrong with a detail file given the map file's papers (keys in node order); an
 * empty list means it is the part it should be.
 */
export function detailsFileProblems(
  data: unknown,
  part: number,
  keys: readonly string[],
): string[] {
  const where = `details part ${part}`;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return [`${where}: expected a JSON object`];
  const d = data as Record<string, unknown>;
  const problems: string[] = [];
  if (d.schema !== DETAILS_SCHEMA)
    problems.push(
      `${where}.schema: expected "${DETAILS_SCHEMA}", found ${JSON.stringify(d.schema)}`,
    );
  if (d.part !== part)
    problems.push(`${where}.part: expected ${part}, found ${JSON.stringify(d.part)}`);
  if (!Array.isArray(d.papers)) return [...problems, `${where}.papers: expected an array`];
  if (d.papers.length !== keys.length)
    problems.push(`${where}.papers: expected ${keys.length} papers, found ${d.papers.length}`);
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const orNull = (v: unknown) => v === null || typeof v === 'string';
  d.papers.slice(0, keys.length).forEach((p: unknown, i) => {
    if (problems.length >= 20) return;
    const at = `${where}.papers[${i}]`;
    if (typeof p !== 'object' || p === null) return problems.push(`${at}: expected an object`);
    const r = p as Record<string, unknown>;
    if (r.key !== keys[i])
      return problems.push(
        `${at}.key: expected "${keys[i]}" (the map file's order), found ${JSON.stringify(r.key)}`,
      );
    if (typeof r.abstract !== 'string') problems.push(`${at}.abstract: expected a string`);
    for (const f of ['authors', 'links', 'keywords'] as const)
      if (!isStrings(r[f])) problems.push(`${at}.${f}: expected an array of strings`);
    for (const f of ['url', 'doi'] as const)
      if (!orNull(r[f])) problems.push(`${at}.${f}: expected a string or null`);
    if (r.authorKeywords !== undefined && !isStrings(r.authorKeywords))
      problems.push(`${at}.authorKeywords: expected an array of strings or no value`);
    if (
      r.extra !== undefined &&
      !(
        typeof r.extra === 'object' &&
        r.extra !== null &&
        Object.values(r.extra).every((v) => typeof v === 'string')
      )
    )
      problems.push(`${at}.extra: expected an object of strings or no value`);
  });
  return problems;
}

/** The papers' keys of each part, given the map file's keys in its order. */
export function partKeys(keys: Iterable<string>, split: SplitInfo): string[][] {
  const parts: string[][] = split.files.map(() => []);
  let i = 0;
  for (const key of keys) parts[partOf(split, i++)]?.push(key);
  return parts;
}

/** The whole map again from a split map's parts (what `papermap export` puts in one file). */
export function joinGraphFile(map: GraphFile, details: readonly DetailsFile[]): GraphFile {
  const byKey = new Map<string, PaperDetails>();
  for (const file of details) for (const { key, ...rest } of file.papers) byKey.set(key, rest);
  const nodes = map.nodes.map((n) => {
    const both: Record<string, unknown> = { ...n.attributes, ...byKey.get(n.key) };
    const ordered: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_ORDER) if (both[name] !== undefined) ordered[name] = both[name];
    for (const [name, value] of Object.entries(both)) if (!(name in ordered)) ordered[name] = value;
    return { key: n.key, attributes: ordered as unknown as PaperNodeAttributes };
  });
  const attributes = { ...map.attributes };
  delete attributes.split;
  return { ...map, attributes, nodes };
}
