// The details of a split map's papers (core/split-map.ts): fetched from the detail files beside
// the map file, a file at a time, and put into the graph's nodes as they arrive. A paper the
// reader opens has its file fetched first; full-text search asks for all of them, in order.
import type { SplitInfo } from '../../core/graph-file.ts';
import {
  DETAIL_FIELDS,
  detailsFileProblems,
  partKeys,
  type DetailsFile,
} from '../../core/split-map.ts';
import type { PaperGraph } from './types.ts';

export class DetailsError extends Error {
  override name = 'DetailsError';
}

export class MapDetails {
  readonly parts: number;
  readonly #keys: string[][];
  readonly #partOfKey = new Map<string, number>();
  readonly #loading = new Map<number, Promise<string[]>>();
  readonly #loaded = new Set<number>();
  #all: Promise<void> | null = null;

  /**
   * @param baseUrl the map file's address: detail files are named relative to it.
   * @param onPart called with the papers of each part as it arrives (their nodes updated).
   */
  constructor(
    private readonly graph: PaperGraph,
    private readonly split: SplitInfo,
    private readonly baseUrl: string,
    private readonly onPart: (keys: readonly string[]) => void,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    this.parts = split.files.length;
    // Graphology keeps the file's node order: the parts' papers are its consecutive runs.
    this.#keys = partKeys(graph.nodes(), split);
    this.#keys.forEach((keys, part) => keys.forEach((key) => this.#partOfKey.set(key, part)));
  }

  get loadedParts(): number {
    return this.#loaded.size;
  }

  has(key: string): boolean {
    const part = this.#partOfKey.get(key);
    return part !== undefined && this.#loaded.has(part);
  }

  /** Fetches the part that holds the paper (at once, before parts asked for earlier). */
  loadFor(key: string): Promise<void> {
    const part = this.#partOfKey.get(key);
    return part === undefined ? Promise.resolve() : this.load(part).then(() => {});
  }

  /**
   * Fetches every part, one after another; a paper the reader opens meanwhile has its part
   * fetched alongside, not after them.
   */
  loadAll(): Promise<void> {
    this.#all ??= (async () => {
      for (let part = 0; part < this.parts; part++) await this.load(part);
    })().catch((e: unknown) => {
      this.#all = null; // a later search tries again
      throw e;
    });
    return this.#all;
  }

  load(part: number): Promise<string[]> {
    let pending = this.#loading.get(part);
    if (!pending) {
      pending = this.#fetchPart(part);
      this.#loading.set(part, pending);
      pending.catch(() => this.#loading.delete(part));
    }
    return pending;
  }

  async #fetchPart(part: number): Promise<string[]> {
    const file = this.split.files[part]!;
    const url = new URL(file, this.baseUrl).href;
    let data: unknown;
    try {
      const res = await this.fetchImpl(url, { credentials: 'omit' });
      if (!res.ok) throw new DetailsError(`the server answered ${res.status} for ${file}`);
      data = await res.json();
    } catch (e) {
      if (e instanceof DetailsError) throw e;
      throw new DetailsError(`${file} could not be read (${(e as Error).message})`);
    }
    const keys = this.#keys[part]!;
    const problems = detailsFileProblems(data, part, keys);
    if (problems.length > 0) throw new DetailsError(`${file} is not this map's: ${problems[0]}`);
    for (const { key, ...details } of (data as DetailsFile).papers) {
      const kept = { ...this.graph.getNodeAttributes(key) };
      for (const f of DETAIL_FIELDS) delete kept[f as keyof typeof kept];
      // A new object: what the panels derive from a paper sees that it changed.
      this.graph.replaceNodeAttributes(key, { ...kept, ...details });
    }
    this.#loaded.add(part);
    this.onPart(keys);
    return keys;
  }
}
