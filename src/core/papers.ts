// From raw records to papers: normalised text, clean identifiers, a stable id.
import {
  arxivIdFromLink,
  normaliseArxivId,
  normaliseDoi,
  normaliseUrl,
  parseCitations,
  parseYear,
  shortHash,
  uniqueCaseless,
} from './paper-fields.ts';
import { cleanAbstract, type CleanAbstract } from './paper-abstract.ts';
import { titleFromAbstract } from './text/derived-title.ts';
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
 * else "t-" and a hash of the title key, so the same title gets the same id in every build. An
 * untitled record's id is "a-" and a hash of its whole abstract (`untitledAbstract`): its derived
 * title is only the first words, which two abstracts may share.
 * Uniqueness within a build is mergeDuplicates' job.
 */
export function paperId(
  recordId: string | undefined,
  doi: string | null,
  arxivId: string | null,
  title: string,
  untitledAbstract?: string,
): string {
  const own = recordId?.trim();
  if (own) return own;
  if (doi) return `doi:${doi}`;
  if (arxivId) return `arxiv:${arxivId}`;
  if (untitledAbstract !== undefined) return `a-${shortHash(normaliseTitleKey(untitledAbstract))}`;
  return `t-${shortHash(normaliseTitleKey(title))}`;
}

/** Why a record with no title cannot be titled from its abstract either. */
function untitledReason(abstract: CleanAbstract): string {
  return abstract.notices
    ? 'no title, and the abstract is only a copyright notice'
    : 'no title and no abstract';
}

/** `more` after `value`, unless `value` already says it (a record read twice). */
const joinOnce = (value: string | undefined, more: string): string =>
  !value ? more : value.includes(more) ? value : `${value} ${more}`;

/**
 * Normalises a record into a paper. A record with no title (after clean-up) is titled from the
 * start of its abstract; one with neither is rejected.
 */
export function toPaper(raw: RawRecord): Paper | RejectedRecord {
  const abstract = cleanAbstract(raw.abstract);
  const given = cleanOrNull(raw.title);
  const title = given ?? titleFromAbstract(abstract.text);
  if (!title) return { location: raw.location, reason: untitledReason(abstract) };
  const titleDerived = given === null;

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
    id: paperId(raw.id, doi, arxivId, title, titleDerived ? abstract.text : undefined),
    title,
    titleDerived,
    abstract: abstract.text,
    authors: (raw.authors ?? []).map((a) => normaliseText(a).text).filter(Boolean),
    year: parseYear(raw.year),
    venue: cleanOrNull(raw.venue),
    citations: parseCitations(raw.citations),
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
