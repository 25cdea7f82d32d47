// From raw records to papers: normalised text, clean identifiers, a stable id.
import {
  arxivIdFromLink,
  normaliseArxivId,
  normaliseDoi,
  normaliseUrl,
  parseYear,
  shortHash,
  uniqueCaseless,
} from './paper-fields.ts';
import { cleanAbstract } from './paper-abstract.ts';
import { normaliseText, normaliseTitleKey } from './text/normalise.ts';
import type { Paper, RawRecord, RejectedRecord } from './types.ts';

export { mergeDuplicates, type MergeResult } from './paper-merge.ts';

export function isRejected(x: Paper | RejectedRecord): x is RejectedRecord {
  return 'reason' in x;
}

/** A normalised short text, or null when nothing is left. */
const cleanOrNull = (s: string | undefined): string | null =>
  s ? normaliseText(s).text || null : null;

/**
 * The paper's id: the record's own id, else its DOI ("doi:…"), else its arXiv id ("arxiv:…"),
 * else "t-" and a hash of the title key, so the same title gets the same id in every build.
 * Uniqueness within a build is mergeDuplicates' job.
 */
export function paperId(
  recordId: string | undefined,
  doi: string | null,
  arxivId: string | null,
  title: string,
): string {
  const own = recordId?.trim();
  if (own) return own;
  if (doi) return `doi:${doi}`;
  if (arxivId) return `arxiv:${arxivId}`;
  return `t-${shortHash(normaliseTitleKey(title))}`;
}

/** `more` after `value`, unless `value` already says it (a record read twice). */
const joinOnce = (value: string | undefined, more: string): string =>
  !value ? more : value.includes(more) ? value : `${value} ${more}`;

/** Normalises a record into a paper; a record whose title is empty after clean-up is rejected. */
export function toPaper(raw: RawRecord): Paper | RejectedRecord {
  const title = cleanOrNull(raw.title);
  if (!title) return { location: raw.location, reason: 'no title' };
  const abstract = cleanAbstract(raw.abstract);

  const url = normaliseUrl(raw.url);
  const doi = normaliseDoi(raw.doi) ?? normaliseDoi(raw.url);
  const arxivId =
    normaliseArxivId(raw.arxivId) ??
    arxivIdFromLink(url, doi) ??
    // Datasets and hand-made files put the arXiv id in the id field: "arXiv:2004.12573".
    (raw.id && /^arxiv:/i.test(raw.id.trim()) ? normaliseArxivId(raw.id) : null);

  const extra = { ...raw.extra };
  // Values that did not pass as what their field promised are kept, not silently dropped.
  if (raw.url?.trim() && !url) extra['url'] ??= raw.url.trim();
  if (raw.doi?.trim() && !doi) extra['doi'] ??= raw.doi.trim();
  if (raw.arxivId?.trim() && !normaliseArxivId(raw.arxivId))
    extra['arxivId'] ??= raw.arxivId.trim();
  // The notices leave the abstract, not the paper.
  if (abstract.notices) extra['copyright'] = joinOnce(extra['copyright'], abstract.notices);

  return {
    id: paperId(raw.id, doi, arxivId, title),
    title,
    abstract: abstract.text,
    authors: (raw.authors ?? []).map((a) => normaliseText(a).text).filter(Boolean),
    year: parseYear(raw.year),
    venue: cleanOrNull(raw.venue),
    url,
    doi,
    arxivId,
    links: [...new Set([...abstract.links, ...(url ? [url] : [])])],
    authorKeywords: uniqueCaseless(
      (raw.keywords ?? []).map((k) => normaliseText(k).text).filter(Boolean),
    ),
    extra,
    location: raw.location,
  };
}
