// The map's text indexes: full-text search (minisearch) and which papers mention a phrase (the
// keyphrase filter). Neither is needed to draw the map, so this module and what it imports are
// loaded on demand (`AppStore.loadText`): after the first render, or before it when the map
// opens on a query or a keyphrase filter. Each index is built the first time it is asked for, or
// in chunks by `prepare`.
import { buildPhraseIndex, buildPhraseIndexInChunks } from './phrase-index.ts';
import type { PaperText, PhraseIndex } from './phrase-index.ts';
import {
  buildSearchIndex,
  buildSearchIndexInChunks,
  reindexPapers,
  searchPapers,
} from './search-index.ts';
import type { PaperSearch } from './search-index.ts';
import type { PaperGraph } from './types.ts';

export interface TextIndex {
  /** Paper keys for a query, best match first; null for an empty query. */
  search(query: string): string[] | null;
  /** Which papers mention a phrase: what the keyphrase filter matches by. */
  readonly phrases: PhraseIndex;
  /**
   * Builds both indexes in chunks that yield to the browser (one piece would block the page
   * for over a second on large maps); a query or filter that comes first builds its index at
   * once, and the chunked one is then dropped.
   */
  prepare(): Promise<void>;
  /**
   * A split map's papers whose details arrived: searched by their abstracts from now on; with
   * `complete`, the phrase index is made again on next use (it spans the whole map).
   */
  refresh(keys: readonly string[], complete: boolean): void;
}

export function buildTextIndex(graph: PaperGraph, texts: readonly PaperText[]): TextIndex {
  let search: PaperSearch | null = null;
  let phrases: PhraseIndex | null = null;
  // Details that arrive while `prepare` builds from the papers as they were: redone after.
  let arrivedMeanwhile: string[] | null = null;
  let completedMeanwhile = false;
  return {
    search(query) {
      if (query.trim() === '') return null;
      return searchPapers((search ??= buildSearchIndex(graph)), query);
    },
    get phrases() {
      return (phrases ??= buildPhraseIndex(texts));
    },
    async prepare() {
      arrivedMeanwhile = [];
      completedMeanwhile = false;
      const [builtPhrases, builtSearch] = await Promise.all([
        phrases ?? buildPhraseIndexInChunks(texts),
        search ?? buildSearchIndexInChunks(graph),
      ]);
      if (!completedMeanwhile) phrases ??= builtPhrases;
      if (!search) {
        search = builtSearch;
        reindexPapers(search, graph, arrivedMeanwhile);
      }
      arrivedMeanwhile = null;
    },
    refresh(keys, complete) {
      if (search) reindexPapers(search, graph, keys);
      else arrivedMeanwhile?.push(...keys);
      if (complete) {
        phrases = null;
        completedMeanwhile = true;
      }
    },
  };
}
