// What an acronym stands for across the corpus: a paper that writes only "LLMs" is read with the
// expansion another paper gives in parentheses ("large language models (LLMs)"). The paper
// itself says nothing of the expansion, so the corpus's evidence must be clear:
// - one expansion only: "SAM" defined as "segment anything model" in one paper and as
//   "sharpness-aware minimization" in another stays "SAM" where it is not defined;
// - every word of the expansion gives the acronym its initial (small words such as "of" may
//   give none), a stricter match than the Schwartz & Hearst one that finds definitions, which
//   also takes "moment interaction" for "MoM".
import type { AnalysedDoc } from '../types.ts';
import type { KeyCanon } from './compound-keys.ts';

/** Words an acronym may leave out: "reinforcement learning from human feedback" (RLHF). */
const SKIPPABLE = new Set([
  'a',
  'an',
  'and',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

/** Key token of an acronym ("llm") -> stems of its one expansion ("larg languag model"). */
export function corpusAcronyms(docs: readonly AnalysedDoc[], canon: KeyCanon): Map<string, string> {
  const expansions = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const [token, stems] of d.acronyms?.defined ?? []) {
      let set = expansions.get(token);
      if (!set) expansions.set(token, (set = new Set()));
      set.add(canon(stems));
    }
  }
  const dictionary = new Map<string, string>();
  for (const [token, set] of expansions) {
    const [only] = set;
    if (set.size === 1 && spellsOut(token, only.split(' '))) dictionary.set(token, only);
  }
  return dictionary;
}

/**
 * Whether the acronym's letters are the initials of the words (stems) in order, each word
 * possibly giving more letters from inside it ("sparse autoencoders" for "sae"), and small
 * words possibly none.
 */
export function spellsOut(letters: string, words: readonly string[]): boolean {
  const from = (l: number, w: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w];
    if (SKIPPABLE.has(word) && from(l, w + 1)) return true;
    if (l === letters.length || word[0] !== letters[l]) return false;
    // The initial, then any further letters found in order inside the word.
    for (let next = l + 1, at = 1; ; next++) {
      if (from(next, w + 1)) return true;
      if (next === letters.length) return false;
      at = word.indexOf(letters[next], at) + 1;
      if (at === 0) return false;
    }
  };
  return words.length > 0 && !words.includes(letters) && from(0, 0);
}
