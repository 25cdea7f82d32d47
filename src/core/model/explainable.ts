// Which features can tell a reader why two papers are related, or name a cluster: phrases, and
// single words that are topical nouns. Verbs ("require", "yield"), adjectives ("robust", "low")
// and words about the research itself ("approach", "assumption") link papers without saying why.

import { stemmer } from 'stemmer';
import { isBroadLemma, isBroadPhrase, isBroadWord } from '../text/broad-words.ts';
import { GENERIC_MODIFIERS, isGenericModifier, isGenericNoun } from '../text/generic-words.ts';
import type { AnalysedDoc } from '../types.ts';

/** A lemma's stems as phrase keys spell them (Porter for plain words, hyphen parts apart). */
export function lemmaStems(lemma: string): string[] {
  return lemma
    .split('-')
    .filter(Boolean)
    .map((part) => (/^[a-z]+$/.test(part) ? stemmer(part) : part));
}

/**
 * A word that can name something by itself: letters first, then letters, digits or hyphens, and
 * three characters at least; shorter lemmas are mostly units and symbols ("nm", "mu").
 */
const WORD_SHAPE = /^\p{L}[\p{L}\p{N}-]{2,}$/u;

/** Function words inside compounds ("end-to-end", "state-of-the-art"): they name nothing. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'by', 'and']);
/**
 * Generic modifiers as phrase keys spell them: "extensive experiments" is all vague. Ordinals
 * and a few others open phrases vaguely but make terms in compounds ("second-order methods",
 * "single-cell", "key-value").
 */
const COMPOUND_MODIFIERS = new Set(['first', 'second', 'third', 'last', 'single', 'key']);
const MODIFIER_STEMS = new Set(
  GENERIC_MODIFIERS.filter((m) => !COMPOUND_MODIFIERS.has(m)).map((m) => lemmaStems(m).join(' ')),
);

/**
 * A stem too general to explain a link alone: research words ("method"), evaluative modifiers
 * ("novel") and nouns every field uses ("data", "assumption").
 */
export function isVagueStem(stem: string): boolean {
  return (
    isGenericNoun(stem) || isBroadWord(stem) || MODIFIER_STEMS.has(stem) || FUNCTION_WORDS.has(stem)
  );
}

/** A single word too general to name a topic: a vague stem or a generic modifier. */
export function isVagueLemma(lemma: string): boolean {
  return (
    isGenericModifier(lemma) ||
    isBroadLemma(lemma) ||
    isVagueStem(stemmer(lemma)) ||
    lemmaStems(lemma).every(isVagueStem)
  );
}

/**
 * A phrase key (space-separated stems) made only of vague words ("time cost", "real data"), or
 * an umbrella discipline, perhaps with research words ("machine learning problems").
 */
export function isVaguePhrase(key: string): boolean {
  const stems = key.split(' ');
  return (
    stems.every(isVagueStem) ||
    isBroadPhrase(stems.filter((s) => !isGenericNoun(s) && !FUNCTION_WORDS.has(s)).join(' '))
  );
}

/**
 * Decides, per lemma, whether it is a noun in most of its occurrences across the corpus. With
 * docs that carry no `nounLemmas`, falls back to the corpus's noun-phrase vocabulary: a lemma
 * whose stems all occur in some candidate phrase.
 */
export function createNounTest(docs: readonly AnalysedDoc[]): (lemma: string) => boolean {
  if (docs.some((d) => d.nounLemmas !== undefined)) {
    const all = new Map<string, number>();
    const nominal = new Map<string, number>();
    for (const d of docs) {
      for (const l of d.lemmas) all.set(l, (all.get(l) ?? 0) + 1);
      // Words of another language are never read as nouns: they count for no side.
      for (const l of d.foreignLemmas ?? []) all.set(l, (all.get(l) ?? 0) - 1);
      for (const l of d.nounLemmas ?? []) nominal.set(l, (nominal.get(l) ?? 0) + 1);
    }
    return (lemma) => 2 * (nominal.get(lemma) ?? 0) > (all.get(lemma) ?? 0);
  }
  const stems = new Set<string>();
  for (const d of docs) for (const p of d.phrases) for (const s of p.key.split(' ')) stems.add(s);
  const verdicts = new Map<string, boolean>();
  return (lemma) => {
    let keep = verdicts.get(lemma);
    if (keep === undefined)
      verdicts.set(lemma, (keep = lemmaStems(lemma).every((s) => stems.has(s))));
    return keep;
  };
}

/**
 * Whether each feature key ("w:lemma" or "p:phrase key") can explain a link: a phrase with at
 * least one specific word, or a lemma that is a topical noun.
 */
export function explainableFeatures(
  keys: readonly string[],
  isNoun: (lemma: string) => boolean,
): boolean[] {
  return keys.map((t) => {
    const body = t.slice(2);
    if (t.startsWith('p:')) return !isVaguePhrase(body);
    return WORD_SHAPE.test(body) && isNoun(body) && !isVagueLemma(body);
  });
}
