// "Why are these two papers related?": the features two papers share, ranked by how much each
// adds to their cosine, without repeating a keyphrase's own words ("sparse autoencoders" makes
// "sparse" and "autoencoder" redundant).

import { stemmer } from 'stemmer';
import type { SparseVector } from '../types.ts';

/** Stemmed word set of a feature label, so "autoencoders" (phrase) matches "autoencoder" (lemma). */
function stemSet(label: string): string[] {
  const words = label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words.map((w) => stemmer(w)))].sort();
}

/** True when every word of `inner` is a word of `outer`. */
function covers(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.every((w) => outer.includes(w));
}

/**
 * Returns a function listing the shared terms of two vectors: (explainable) features in both, by descending
 * contribution to the dot product (ties by feature index), minus any term whose words are all
 * inside another contributing term with more words, or inside an equal term ranked earlier.
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

  return (a: SparseVector, b: SparseVector): string[] => {
    const common: { f: number; c: number }[] = [];
    let i = 0;
    let j = 0;
    while (i < a.indices.length && j < b.indices.length) {
      const fa = a.indices[i];
      const fb = b.indices[j];
      if (fa === fb) {
        if (!explainable || explainable[fa]) common.push({ f: fa, c: a.values[i] * b.values[j] });
        i++;
        j++;
      } else if (fa < fb) i++;
      else j++;
    }
    common.sort((x, y) => y.c - x.c || x.f - y.f);
    const out: string[] = [];
    for (let r = 0; r < common.length && out.length < maxShared; r++) {
      const mine = stemsOf(common[r].f);
      const redundant = common.some((other, q) => {
        if (q === r) return false;
        const theirs = stemsOf(other.f);
        if (!covers(theirs, mine)) return false;
        return theirs.length > mine.length || q < r;
      });
      if (redundant) continue;
      if (out.length >= 3 && common[r].c < 0.1 * common[0].c) break;
      out.push(features[common[r].f]);
    }
    return out;
  };
}
