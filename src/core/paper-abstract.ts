// An abstract as the map shows it and the text stages read it. Publisher notices are taken
// off here, at ingest, so that no later stage (keyphrases, vectors, labels) ever sees them.
import { stripBoilerplate } from './text/boilerplate.ts';
import { findLinks } from './text/links.ts';
import { normaliseText } from './text/normalise.ts';

export interface CleanAbstract {
  text: string;
  /** URLs of the abstract's own text, in order. */
  links: string[];
  /** The copyright and licence notices taken off its ends; "" when there were none. */
  notices: string;
}

/**
 * Normalised, without its notices (returned apart, so that the paper can keep them), and with
 * the links of its own text only: a licence's creativecommons.org is no link of the paper's.
 */
export function cleanAbstract(raw: string | undefined): CleanAbstract {
  if (!raw) return { text: '', links: [], notices: '' };
  const normalised = normaliseText(raw);
  const { text, removed } = stripBoilerplate(normalised.text);
  if (!removed) return { ...normalised, notices: '' };
  const kept = new Set(findLinks(text).map((l) => l.href));
  const noticeOnly = new Set(
    findLinks(removed)
      .map((l) => l.href)
      .filter((h) => !kept.has(h)),
  );
  return { text, links: normalised.links.filter((h) => !noticeOnly.has(h)), notices: removed };
}
