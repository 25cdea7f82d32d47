// Fetches and checks a graph file. Every way it can fail becomes a LoadError that says what is
// wrong in words a reader can act on; the app shows it on the error screen, never a blank page.
import Graph from 'graphology';
import { graphFileProblems, upgradeGraphFile, type GraphFile } from '../../core/graph-file.ts';
import { MAX_MAP_BYTES } from '../../core/single-file-data.ts';
import type { PaperGraph } from '../state/types.ts';

/** The same limit as a one-file map's: what a browser opens comfortably. */
export const MAX_GRAPH_BYTES = MAX_MAP_BYTES;
/**
 * A split map's map file may be larger: it holds no abstracts, only what the first view needs
 * (a 100,000-paper map's is ~110 MB of JSON, ~20 MB gzipped over the network).
 */
export const MAX_SPLIT_MAP_BYTES = 200 * 1024 * 1024;

export type LoadErrorKind = 'unreachable' | 'http' | 'too-large' | 'not-json' | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const tooLargeError = (url: string, size: string, limit: number) =>
  new LoadError(
    'too-large',
    `The map file is too large (${size}; the limit is ${megabytes(limit)}). A map this large ` +
      'opens as a split map: build it with papermap build --split.',
    url,
  );

/** Reads a response body, stopping as soon as it passes the limit. */
async function readLimited(res: Response, url: string, limit: number): Promise<string> {
  const tooLarge = (size: string) => tooLargeError(url, size, limit);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(megabytes(declared));
  if (!res.body) {
    const text = await res.text();
    if (new TextEncoder().encode(text).length > limit) throw tooLarge(`over ${megabytes(limit)}`);
    return text;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(`over ${megabytes(limit)}`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * What a split map's node has until its details arrive (state/map-details.ts): a paper with
 * nothing to show yet, so that every panel reads the attributes a whole map's node has.
 */
function withoutDetails(data: GraphFile): GraphFile {
  if (!data.attributes.split) return data;
  const none = { abstract: '', authors: [], url: null, doi: null, links: [], keywords: [] };
  return {
    ...data,
    nodes: data.nodes.map((n) => ({ key: n.key, attributes: { ...none, ...n.attributes } })),
  };
}

/**
 * Parses and validates a graph file's text into a graphology graph: a whole map, or a split
 * map's map file (its papers' details empty until fetched); `wholeLimit` refuses a whole map
 * larger than that many bytes.
 */
export function parseGraphText(text: string, url: string, wholeLimit = Infinity): PaperGraph {
  if (/^\s*</u.test(text))
    throw new LoadError(
      'not-json',
      'The address returned a web page, not a graph file. Check that the path to the file is right.',
      url,
    );
  let data: unknown;
  try {
    data = upgradeGraphFile(JSON.parse(text));
  } catch (e) {
    throw new LoadError(
      'not-json',
      `The map file is not valid JSON (${(e as Error).message}).`,
      url,
    );
  }
  const problems = graphFileProblems(data);
  if (problems.length > 0)
    throw new LoadError(
      'invalid',
      'The file is not a papermap graph file (or was made by an incompatible version).',
      url,
      problems,
    );
  const file = data as GraphFile;
  // UTF-8 takes at most three bytes per UTF-16 unit: most files need no count.
  if (!file.attributes.split && text.length * 3 > wholeLimit) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > wholeLimit) throw tooLargeError(url, megabytes(bytes), wholeLimit);
  }
  try {
    return Graph.from(withoutDetails(file)) as PaperGraph;
  } catch (e) {
    throw new LoadError('invalid', 'The graph file could not be read as a graph.', url, [
      (e as Error).message,
    ]);
  }
}

export async function loadGraph(
  url: string,
  {
    fetchImpl = fetch,
    limit = MAX_GRAPH_BYTES,
    splitLimit = MAX_SPLIT_MAP_BYTES,
    signal,
  }: {
    fetchImpl?: typeof fetch;
    limit?: number;
    splitLimit?: number;
    signal?: AbortSignal;
  } = {},
): Promise<PaperGraph> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal, credentials: 'omit' });
  } catch (e) {
    const insecure = /^http:/iu.test(url) && globalThis.location?.protocol === 'https:';
    throw new LoadError(
      'unreachable',
      insecure
        ? 'The map file could not be reached: a page served over https can only load https:// addresses.'
        : 'The map file could not be reached. Check the address; a file on another site must ' +
            'be served over https and allow cross-origin requests (CORS).',
      url,
      [(e as Error).message],
    );
  }
  if (!res.ok)
    throw new LoadError(
      'http',
      `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for the map file.`,
      url,
    );
  // A split map's map file may be larger than a whole map, which is refused once read.
  const text = await readLimited(res, url, Math.max(limit, splitLimit));
  return parseGraphText(text, url, limit);
}

/** The id of the `<script type="application/json">` block a single-file export carries. */
export const INLINE_DATA_ID = 'papermap-data';

/** Whether the page is a single-file export (it carries its map: there is no site around it). */
export const isSingleFilePage = (doc: Document): boolean =>
  doc.getElementById(INLINE_DATA_ID) !== null;

/** The map data inlined in the page by `papermap export --single-file`, or null if none. */
export function readInlineGraph(doc: Document): PaperGraph | null {
  const block = doc.getElementById(INLINE_DATA_ID);
  if (block === null || block.textContent === null) return null;
  return parseGraphText(block.textContent, 'the map data inside this page');
}
