// Words that abstracts of every field use, too broad to say by themselves why two papers are
// related or what a cluster is about ("model", "data", "assumption", "numerical"). Unlike the
// generic words of generic-words.ts they are often the head of a term ("data mining", "language
// model", "numerical simulation"), so the phrase stage keeps them; only the model stage, where a
// word stands alone as an explanation, leaves them out. Chosen from the words that link the most
// papers across arXiv (10 archives), Inspec and SemEval-2017 while naming no topic. They are
// matched by Porter stem, like phrase keys, except those whose stem is also a topical word's:
// "optimal" would take "optimization" with it, "general" "generalization", "measure"
// "measurement". The words, and where each group came from, are in lists/broad-words.json.
import { stemmer } from 'stemmer';
import lists from './lists/broad-words.json' with { type: 'json' };
import { listWords } from './word-list.ts';

export const BROAD_WORDS: readonly string[] = listWords(lists.lists.words);

/**
 * Umbrella disciplines: in a map of one field every paper belongs to them, and in a map of many
 * a more specific term names the region better ("neural networks", "deep learning").
 */
export const BROAD_PHRASES: readonly string[] = listWords(lists.lists.phrases);

/**
 * Broad words whose Porter stem is also a topical word's ("optimal" and "optimization" are both
 * "optim"): matched only as whole lemmas, never inside phrase keys.
 */
export const BROAD_LEMMAS: readonly string[] = listWords(lists.lists.lemmas);

const STEMS = new Set(BROAD_WORDS.map((w) => stemmer(w)));
const LEMMAS = new Set([...BROAD_WORDS, ...BROAD_LEMMAS]);
const PHRASE_KEYS = new Set(BROAD_PHRASES.map((p) => p.split(' ').map(stemmer).join(' ')));

/** `stem` is a Porter stem of a lowercased word. */
export function isBroadWord(stem: string): boolean {
  return STEMS.has(stem);
}

/** `lemma` is a lowercased lemma, as the text stage gives it. */
export function isBroadLemma(lemma: string): boolean {
  return LEMMAS.has(lemma);
}

/** `key` is a phrase key: the Porter stems of its words, joined by spaces. */
export function isBroadPhrase(key: string): boolean {
  return PHRASE_KEYS.has(key);
}
