// Words that abstracts use about themselves rather than about their topic. They make poor
// keyphrases on their own ("method", "results") and poor phrase openers ("novel", "proposed"),
// but some are fine heads of a longer phrase ("optimization problem", "Bayesian framework").
// The words, and where each group came from, are in lists/generic-words.json.
import { stemmer } from 'stemmer';
import lists from './lists/generic-words.json' with { type: 'json' };
import { listWords } from './word-list.ts';

/** Evaluative or referential modifiers: trimmed from the start of a phrase. */
export const GENERIC_MODIFIERS: readonly string[] = listWords(lists.lists.modifiers);

/**
 * Nouns about the research itself: a phrase made only of these (and generic modifiers) is dropped,
 * but they stay inside a longer phrase, where they are often part of a term.
 */
export const GENERIC_NOUNS: readonly string[] = listWords(lists.lists.nouns);

const MODIFIERS = new Set(GENERIC_MODIFIERS);
// Nouns are matched by stem, so plurals ("methods", "experiments") need no entries.
const NOUN_STEMS = new Set(GENERIC_NOUNS.map((w) => stemmer(w)));

/** `word` lowercased, as written (modifiers are few and rarely inflected). */
export function isGenericModifier(word: string): boolean {
  return MODIFIERS.has(word);
}

/** `stem` is a Porter stem of a lowercased word. */
export function isGenericNoun(stem: string): boolean {
  return NOUN_STEMS.has(stem);
}
