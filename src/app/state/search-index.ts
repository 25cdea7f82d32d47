// Full-text search over titles, abstracts, authors and keyphrases (minisearch: prefix + fuzzy).
import MiniSearch from 'minisearch';
import type { PaperGraph } from './types.ts';

interface SearchDoc {
  id: string;
  title: string;
  abstract: string;
  authors: string;
  keywords: string;
}

export type PaperSearch = MiniSearch<SearchDoc>;

export function buildSearchIndex(graph: PaperGraph): PaperSearch {
  const search = new MiniSearch<SearchDoc>({
    fields: ['title', 'abstract', 'authors', 'keywords'],
    searchOptions: {
      boost: { title: 3, keywords: 2, authors: 2 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  });
  const docs: SearchDoc[] = [];
  graph.forEachNode((key, a) =>
    docs.push({
      id: key,
      title: a.title,
      abstract: a.abstract,
      authors: a.authors.join(' ; '),
      keywords: a.keywords.join(' ; '),
    }),
  );
  search.addAll(docs);
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
