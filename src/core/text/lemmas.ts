// The content-word lemmas that TF-IDF vectors are built from.
import { isCaseMarked } from './case-marks.ts';
import { isForeignFunctionWord, withoutElision } from './language.ts';
import { hasLetter } from './letter-case.ts';
import { isUnitPower } from './scripts.ts';
import { isNotTerm, NOMINAL_GERUNDS } from './word-roles.ts';
import type { TokenColumns } from './token-types.ts';

/** Endings where a final "s" is not a plural: "analysis", "bias", "loss", "corpus", "physics". */
const NOT_PLURAL = /(ss|us|is|as|os|ics|ies)$/;

/**
 * Open word classes. Adverbs ("significantly", "efficiently") qualify a claim rather than name a
 * topic, and the rest are debris: the possessive "'s" (PART), "e.g." (X), "near" (ADP).
 */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

/**
 * Lemmas of wink's that a reader would not recognise as the word they wrote ("gauge" -> "gage",
 * "masses" -> "masse"), and "datum", which no abstract means by "data".
 */
const LEMMA_FIXES = new Map([
  ['gage', 'gauge'],
  ['masse', 'mass'],
  ['datum', 'data'],
  ['lense', 'lens'],
  ['specie', 'species'],
  ['analyzes', 'analysis'],
  ['ax', 'axis'],
]);

/** How the phrase stage read a token (by its index in the columns). */
export interface TokenReading {
  /** Part of a word read as a noun, and its head (the last part of a compound). */
  isNoun: (token: number) => boolean;
  /** A capitalised word inside a sentence: a name, whose final "s" is not a plural. */
  isName: (token: number) => boolean;
  /** In a sentence that is not in English (see language.ts). */
  isForeign: (token: number) => boolean;
}

const NO_READING: TokenReading = {
  isNoun: () => false,
  isName: () => false,
  isForeign: () => false,
};

export interface ContentLemmas {
  lemmas: string[];
  /** The lemmas of the tokens read as nouns, in order: a sub-list of `lemmas`. */
  nouns: string[];
  /** Each lemma's token as written (lowercased unless its capitals mark it), parallel to lemmas. */
  forms: string[];
  /** The lemmas of the tokens in sentences not in English, in order: a sub-list of `lemmas`. */
  foreign: string[];
}

/**
 * Lowercased lemmas of the words that carry content: no stop words, punctuation, numbers, URLs,
 * single letters or adverbs. wink leaves words it does not know as they are, so plurals of new
 * terms ("autoencoders", "SAEs") are made singular here, or they would not meet their singulars.
 * Field names like "learning" keep their form: wink lemmatises them as verbs ("learn", "tun") or
 * not, depending on its tag, which would split "machine learning" from "deep learning".
 * `reading` gives the phrase stage's reading of each token, which corrects wink's tags for verbs
 * like "yields" and for acronyms.
 */
export function contentLemmas(
  columns: TokenColumns,
  isOOV: (word: string) => boolean,
  reading: TokenReading = NO_READING,
): ContentLemmas {
  const lemmas: string[] = [];
  const nouns: string[] = [];
  const forms: string[] = [];
  const foreign: string[] = [];
  const { value, type, stop, lemma, pos } = columns;
  for (let i = 0; i < value.length; i++) {
    const text = value[i];
    if (type[i] !== 'word' || stop[i] || text.length < 2 || !hasLetter(text)) continue;
    if (isUnitPower(text)) continue;
    const marked = isCaseMarked(text);
    if (!marked && !CONTENT_POS.has(pos[i])) continue;
    const lower = text.toLowerCase();
    if (isNotTerm(lower)) continue;
    // Another language's function words ("la", "der") are its stop words.
    const inForeign = reading.isForeign(i);
    if (inForeign && isForeignFunctionWord(lower)) continue;
    let l = lemma[i].toLowerCase();
    l = (l !== lower && LEMMA_FIXES.get(l)) || l;
    if (NOMINAL_GERUNDS.has(lower)) {
      l = lower;
    } else if (marked) {
      if (/[A-Z0-9]s$/.test(text)) l = l.slice(0, -1); // "LLMs" -> "llm"
    } else if (
      l === lower &&
      !reading.isName(i) && // "Higgs", "Jones": not plurals
      l.length > 4 &&
      l.endsWith('s') &&
      !NOT_PLURAL.test(l) &&
      isOOV(text)
    ) {
      l = l.slice(0, -1);
    }
    // A lemma without letters is debris of tokenisation ("'s" lemmatised, "--").
    if (inForeign) l = withoutElision(l);
    if (!hasLetter(l) || l.startsWith("'")) continue;
    lemmas.push(l);
    forms.push(marked ? text : lower);
    if (inForeign) foreign.push(l);
    else if (reading.isNoun(i)) nouns.push(l);
  }
  return { lemmas, nouns, forms, foreign };
}
