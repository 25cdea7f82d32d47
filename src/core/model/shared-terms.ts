// "Why are these two papers related?": the features two papers share, ranked by how much each
// adds to their cosine, without repeating a keyphrase's own words or its acronym ("sparse
// autoencoders" makes "sparse", "autoencoder" and "SAE" redundant).

import { foldedStem } from '../text/phrase-key.ts';
import type { SparseVector } from '../types.ts';

/**
 * Stemmed word set of a feature label, so "autoencoders" (phrase) matches "autoencoder" (lemma),
 * case-folded, since lemmas come lowercase and phrases as written (foldedStem).
 */
function stemSet(label: string): string[] {
  const words = label.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(words.map(foldedStem))].sort();
}

/** True when every word of `inner` is a word of `outer`. */
function covers(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.every((w) => outer.includes(w));
}

/**
 * True when `acronym` ("SAE", "LLM", "MoE") can stand for `phrase` ("sparse autoencoders"): its
 * letters, in order, start each of the phrase's words, the others falling inside them.
 */
export function abbreviates(acronym: string, phrase: string): boolean {
  if (!/^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/.test(acronym)) return false;
  const letters = acronym.replace(/s$/, '').toLowerCase();
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Letter i starts word w; the letters before the next word's must occur in word w, in order.
  const from = (i: number, w: number): boolean => {
    if (w === words.length) return i === letters.length;
    if (i === letters.length || letters[i] !== words[w][0]) return false;
    let at = 1;
    for (let next = i + 1; ; next++) {
      if (from(next, w + 1)) return true;
      if (next === letters.length) return false;
      at = words[w].indexOf(letters[next], at) + 1;
      if (at === 0) return false;
    }
  };
  return words.length > 1 && from(0, 0);
}

/**
 * The terms (best first) whose words are not all inside another term with more words, or inside
 * an equal term ranked before them. Only a term with at least as many words can hold another, so
 * the one-word terms (most shared features; checking each against every other made this the
 * costliest part of 100k links) are looked up in the set of the longer terms' words.
 */
export function uncovered<T extends { f: number }>(
  common: readonly T[],
  stemsOf: (feature: number) => string[],
): T[] {
  const longerWords = new Set<string>();
  for (const term of common) {
    const stems = stemsOf(term.f);
    if (stems.length > 1) for (const w of stems) longerWords.add(w);
  }
  const singles = new Set<string>();
  return common.filter((term, r) => {
    const mine = stemsOf(term.f);
    if (mine.length === 1) {
      const earlier = singles.has(mine[0]);
      singles.add(mine[0]);
      return !earlier && !longerWords.has(mine[0]);
    }
    return !common.some((other, q) => {
      if (q === r) return false;
      const theirs = stemsOf(other.f);
      if (theirs.length < mine.length || (theirs.length === mine.length && q > r)) return false;
      return covers(theirs, mine);
    });
  });
}

/** Terms after the third must still carry this share of the best term's contribution. */
const MINOR_SHARE = 0.1;

/**
 * Returns a function listing the shared terms of two vectors: (explainable) features in both,
 * minus any term whose words are all inside another shared term with more words (or inside an
 * equal term that contributes more), so "sparse autoencoders" leaves out "autoencoder". Phrases
 * come first, then single words, each by descending contribution to the dot product (ties by
 * feature index): a phrase names the shared topic more precisely than the words it is made of.
 * The first three are kept; a fourth and fifth only if they still carry a tenth of the best.
 */
export function createTermRedundancy(
  features: readonly string[],
  maxShared: number,
  explainable?: readonly boolean[],
) {
  const stems = new Map<number, string[]>();
  const stemsOf = (f: number) => {
    let s = stems.get(f);
    if (!s) stems.set(f, (s = stemSet(features[f])));
    return s;
  };

  /**
   * `textOf` reads a feature as these two papers write it; by default, as the corpus does.
   * `usable` says which features may explain this link (see bound-terms.ts); by default all.
   */
  return (
    a: SparseVector,
    b: SparseVector,
    textOf: (feature: number) => string = (f) => features[f],
    usable: (feature: number) => boolean = () => true,
  ): string[] => {
    const common: { f: number; c: number }[] = [];
    let i = 0;
    let j = 0;
    while (i < a.indices.length && j < b.indices.length) {
      const fa = a.indices[i];
      const fb = b.indices[j];
      if (fa === fb) {
        if ((!explainable || explainable[fa]) && usable(fa))
          common.push({ f: fa, c: a.values[i] * b.values[j] });
        i++;
        j++;
      } else if (fa < fb) i++;
      else j++;
    }
    common.sort((x, y) => y.c - x.c || x.f - y.f);
    const kept = uncovered(common, stemsOf);
    const best = kept.length > 0 ? kept[0].c : 0;
    const ordered = [
      ...kept.filter((t) => stemsOf(t.f).length > 1),
      ...kept.filter((t) => stemsOf(t.f).length === 1),
    ];
    const out: string[] = [];
    for (const term of ordered) {
      if (out.length >= maxShared) break;
      if (out.length >= 3 && term.c < MINOR_SHARE * best) continue;
      const label = textOf(term.f);
      // "SAE" says nothing that "sparse autoencoders" has not.
      if (out.some((listed) => abbreviates(label, listed))) continue;
      out.push(label);
    }
    return out;
  };
}
