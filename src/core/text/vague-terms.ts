// Words and phrases too general to name a topic: research words ("method"), evaluative
// modifiers ("novel"), nouns every field uses ("data", "assumption") and umbrella disciplines.
// The keyphrase stage leaves such phrases out of a paper's keyphrases; the model stage never
// offers them as why-related terms or cluster names. The word sets below, and where they came
// from, are in lists/vague-terms.json.

import { isBroadLemma, isBroadPhrase, isBroadWord } from './broad-words.ts';
import { GENERIC_MODIFIERS, isGenericModifier, isGenericNoun } from './generic-words.ts';
import lists from './lists/vague-terms.json' with { type: 'json' };
import { listWords } from './word-list.ts';
import { wordStem } from './phrase-key.ts';

/** A lemma's stems as phrase keys spell them (Porter for plain words, hyphen parts apart). */
export function lemmaStems(lemma: string): string[] {
  return lemma.split('-').filter(Boolean).map(wordStem);
}

/** Function words inside compounds ("end-to-end", "state-of-the-art"): they name nothing. */
const FUNCTION_WORDS = new Set(listWords(lists.lists['function-words']));
/**
 * Generic modifiers as phrase keys spell them: "extensive experiments" is all vague. Ordinals
 * and a few others open phrases vaguely but make terms in compounds ("second-order methods",
 * "single-cell", "key-value").
 */
const COMPOUND_MODIFIERS = new Set(listWords(lists.lists['compound-modifiers']));
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
    isVagueStem(wordStem(lemma)) ||
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
    isBroadPhrase(key) ||
    isBroadPhrase(stems.filter((s) => !isGenericNoun(s) && !FUNCTION_WORDS.has(s)).join(' '))
  );
}

/** Stems that only grade a size ("small fraction", "large number"). */
const SIZE_STEMS = new Set(listWords(lists.lists['size-words']).map(wordStem));
/** Heads that measure an amount of something else ("training costs", "size increases"). */
const AMOUNT_HEADS = new Set(listWords(lists.lists['amount-heads']).map(wordStem));

/**
 * A phrase key that is no topic of a paper's own: a vague single word ("time", "accuracy"), or
 * vague words that grade a size, refer to research ("seminal work") or measure an amount
 * ("training costs"). Two broad words may still make a term ("learning rate", "loss function"),
 * which keyphrase benchmarks count, so being all broad is not enough here.
 */
export function isVagueKeyphrase(key: string): boolean {
  if (!key.includes(' ')) return isVagueStem(key) || isBroadPhrase(key);
  if (!isVaguePhrase(key)) return false;
  const stems = key.split(' ');
  return (
    isBroadPhrase(key) ||
    AMOUNT_HEADS.has(stems[stems.length - 1]) ||
    // "numerous" and "numerical" share a stem: a broad word's stem is not taken for a modifier.
    stems.some(
      (s) => isGenericNoun(s) || SIZE_STEMS.has(s) || (MODIFIER_STEMS.has(s) && !isBroadWord(s)),
    )
  );
}
