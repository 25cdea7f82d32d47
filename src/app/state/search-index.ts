// Full-text search over titles, abstracts, authors and keyphrases (minisearch: prefix + fuzzy).
import MiniSearch from 'minisearch';
import type { PaperNodeAttributes } from '../../core/graph-file.ts';
import type { PaperGraph } from './types.ts';

interface SearchDoc {
  id: string;
  title: string;
  abstract: string;
  authors: string;
  keywords: string;
}

export type PaperSearch = MiniSearch<SearchDoc>;

/**
 * Words are runs of letters and digits in any script: "a=b", "x<>y" or "co-author" split at
 * the signs, which minisearch's default (spaces and some punctuation) keeps inside words. The
 * same for indexing and for queries.
 */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

function emptyIndex(): PaperSearch {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'abstract', 'authors', 'keywords'],
    tokenize,
    searchOptions: {
      tokenize,
      boost: { title: 3, keywords: 2, authors: 2 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  });
}

const searchDoc = (key: string, a: PaperNodeAttributes): SearchDoc => ({
  id: key,
  title: a.title,
  abstract: a.abstract,
  authors: a.authors.join(' ; '),
  keywords: a.keywords.join(' ; '),
});

function searchDocs(graph: PaperGraph): SearchDoc[] {
  const docs: SearchDoc[] = [];
  graph.forEachNode((key, a) => docs.push(searchDoc(key, a)));
  return docs;
}

/** Indexes these papers again, as they are now (a split map's details arrived). */
export function reindexPapers(search: PaperSearch, graph: PaperGraph, keys: readonly string[]) {
  for (const key of keys) search.replace(searchDoc(key, graph.getNodeAttributes(key)));
}

export function buildSearchIndex(graph: PaperGraph): PaperSearch {
  const search = emptyIndex();
  search.addAll(searchDocs(graph));
  return search;
}

/** The same index, built in chunks that yield to the browser between them. */
export async function buildSearchIndexInChunks(
  graph: PaperGraph,
  chunkSize = 250,
): Promise<PaperSearch> {
  const search = emptyIndex();
  await search.addAllAsync(searchDocs(graph), { chunkSize });
  return search;
}

/** Paper keys, best match first; null for an empty query (no search, nothing singled out). */
export function searchPapers(search: PaperSearch, query: string): string[] | null {
  const q = query.trim();
  if (q === '') return null;
  let hits = search.search(q);
  // With several words, AND may find nothing while OR still finds something useful.
  if (hits.length === 0 && /\s/u.test(q)) hits = search.search(q, { combineWith: 'OR' });
  return hits.map((h) => String(h.id));
}
