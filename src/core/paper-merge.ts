// One node per paper, even when the inputs list it twice (a BibTeX export and an arXiv query
// of the same papers, a CSV with a repeated row).
import { uniqueCaseless } from './paper-fields.ts';
import { normaliseTitleKey } from './text/normalise.ts';
import type { Paper, RecordLocation } from './types.ts';

export interface MergeResult {
  papers: Paper[];
  merged: { location: RecordLocation; into: string; title: string; titleDerived: boolean }[];
}

/** Two papers that share a title are still different when their DOIs or arXiv ids differ. */
function conflicting(a: Paper, b: Paper): boolean {
  return (
    (!!a.doi && !!b.doi && a.doi !== b.doi) ||
    (!!a.arxivId && !!b.arxivId && a.arxivId !== b.arxivId)
  );
}

/**
 * Fills what `node` lacks from `dup`; lists are unioned, `node`'s values win. A title made from
 * the abstract is something lacking: a duplicate's real one replaces it.
 */
function absorb(node: Paper, dup: Paper): Paper {
  const realTitle = node.titleDerived && !dup.titleDerived;
  return {
    ...node,
    title: realTitle ? dup.title : node.title,
    titleDerived: node.titleDerived && dup.titleDerived,
    abstract: node.abstract || dup.abstract,
    authors: node.authors.length ? node.authors : dup.authors,
    year: node.year ?? dup.year,
    venue: node.venue ?? dup.venue,
    citations: node.citations ?? dup.citations,
    url: node.url ?? dup.url,
    doi: node.doi ?? dup.doi,
    arxivId: node.arxivId ?? dup.arxivId,
    links: [...new Set([...node.links, ...dup.links])],
    authorKeywords: uniqueCaseless([...node.authorKeywords, ...dup.authorKeywords]),
    extra: { ...dup.extra, ...node.extra },
  };
}

/**
 * Merges papers with the same DOI, arXiv id or normalised title (in that order of trust; a title
 * made from an abstract never counts). The first occurrence is the node and keeps its id and
 * position; later ones fill its gaps.
 * Then ids are made unique: a second paper claiming an id already taken (two CSV rows with id
 * "1") becomes "1~2", a third "1~3", in input order, so builds of the same input agree.
 */
export function mergeDuplicates(papers: Paper[]): MergeResult {
  const nodes: Paper[] = [];
  const mergedInto: { location: RecordLocation; node: number; paper: Paper }[] = [];
  const byDoi = new Map<string, number>();
  const byArxiv = new Map<string, number>();
  const byTitle = new Map<string, number>();

  const register = (p: Paper, i: number): void => {
    if (p.doi && !byDoi.has(p.doi)) byDoi.set(p.doi, i);
    if (p.arxivId && !byArxiv.has(p.arxivId)) byArxiv.set(p.arxivId, i);
    // A derived title is the first words of an abstract: two different abstracts may share them.
    const key = p.titleDerived ? '' : normaliseTitleKey(p.title);
    if (key && !byTitle.has(key)) byTitle.set(key, i);
  };

  for (const paper of papers) {
    const titleMatch = paper.titleDerived ? undefined : byTitle.get(normaliseTitleKey(paper.title));
    const target =
      (paper.doi ? byDoi.get(paper.doi) : undefined) ??
      (paper.arxivId ? byArxiv.get(paper.arxivId) : undefined) ??
      (titleMatch !== undefined && !conflicting(nodes[titleMatch], paper) ? titleMatch : undefined);
    if (target === undefined) {
      nodes.push(paper);
      register(paper, nodes.length - 1);
    } else {
      nodes[target] = absorb(nodes[target], paper);
      register(nodes[target], target);
      mergedInto.push({ location: paper.location, node: target, paper });
    }
  }

  const taken = new Set<string>();
  const unique = nodes.map((node) => {
    let id = node.id;
    for (let n = 2; taken.has(id); n++) id = `${node.id}~${n}`;
    taken.add(id);
    return id === node.id ? node : { ...node, id };
  });
  return {
    papers: unique,
    merged: mergedInto.map((m) => ({
      location: m.location,
      into: unique[m.node].id,
      title: m.paper.title,
      titleDerived: m.paper.titleDerived,
    })),
  };
}
