// The content-word lemmas that TF-IDF vectors are built from.
import { isCaseMarked } from './case-marks.ts';
import { NOMINAL_GERUNDS } from './word-roles.ts';
import type { TokenColumns } from './words.ts';

const HAS_LETTER = /\p{L}/u;
/** Endings where a final "s" is not a plural: "analysis", "bias", "loss", "corpus", "physics". */
const NOT_PLURAL = /(ss|us|is|as|os|ics|ies)$/;

/**
 * Lowercased lemmas of the words that carry content: no stop words, punctuation, numbers, URLs or
 * single letters. wink leaves words it does not know as they are, so plurals of new terms
 * ("autoencoders", "SAEs") are made singular here, or they would not meet their singulars. Field
 * names like "learning" keep their form: wink lemmatises them as verbs ("learn", "tun") or not,
 * depending on its tag, which would split "machine learning" from "deep learning".
 */
export function contentLemmas(columns: TokenColumns, isOOV: (word: string) => boolean): string[] {
  const out: string[] = [];
  const { value, type, stop, lemma } = columns;
  for (let i = 0; i < value.length; i++) {
    const text = value[i];
    if (type[i] !== 'word' || stop[i] || text.length < 2 || !HAS_LETTER.test(text)) continue;
    let l = lemma[i].toLowerCase();
    const lower = text.toLowerCase();
    if (NOMINAL_GERUNDS.has(lower)) {
      l = lower;
    } else if (isCaseMarked(text)) {
      if (/[A-Z0-9]s$/.test(text)) l = l.slice(0, -1); // "LLMs" -> "llm"
    } else if (
      l === lower &&
      l.length > 4 &&
      l.endsWith('s') &&
      !NOT_PLURAL.test(l) &&
      isOOV(text)
    ) {
      l = l.slice(0, -1);
    }
    out.push(l);
  }
  return out;
}
