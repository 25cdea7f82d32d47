// Which features can tell a reader why two papers are related, or name a cluster: phrases, and
// single words that are topical nouns. Verbs ("require", "yield"), adjectives ("robust", "low")
// and words about the research itself ("approach", "assumption") link papers without saying why.

import type { AnalysedDoc } from '../types.ts';
import { isVagueLemma, isVaguePhrase, lemmaStems } from '../text/vague-terms.ts';

export { isVagueLemma, isVaguePhrase, isVagueStem, lemmaStems } from '../text/vague-terms.ts';

/**
 * A word that can name something by itself: letters first, then letters, digits or hyphens, and
 * three characters at least; shorter lemmas are mostly units and symbols ("nm", "mu").
 */
const WORD_SHAPE = /^\p{L}[\p{L}\p{N}-]{2,}$/u;

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
