// The terms that can name a cluster, and which papers use them. Ranked keyphrases alone are too
// specific to recur in a small corpus ("sparse training recipes" in one paper, "sparse training"
// in another), so a paper also counts as using any candidate phrase that occurs inside one of
// its own candidates.

import { stemmer } from 'stemmer';
import { readableForms, subPhrases } from '../text/corpus-stats.ts';
import { isGenericNoun } from '../text/generic-words.ts';
import type { AnalysedDoc, Keyphrase } from '../types.ts';

export interface PaperTerms {
  /** Readable form per term key. */
  text: Map<string, string>;
  /** Per paper: term key -> weight (1 for its own ranked keyphrases, 0.5 for other uses). */
  weights: Map<string, number>[];
}

/** A single generic word ("features", "framework") names no topic; in longer phrases it may. */
export const isGenericTerm = (key: string) => !key.includes(' ') && isGenericNoun(key);

export function keyphraseTerms(keyphrases: Keyphrase[][], docs?: AnalysedDoc[]): PaperTerms {
  const text = new Map<string, string>();
  for (const list of keyphrases)
    for (const k of list ?? []) if (!text.has(k.key)) text.set(k.key, k.text);
  if (docs) {
    const candidates = new Set<string>();
    for (const d of docs) for (const p of d.phrases) if (!text.has(p.key)) candidates.add(p.key);
    for (const [key, form] of readableForms(docs, candidates)) text.set(key, form);
  }
  const weights = keyphrases.map((list, i) => {
    const w = new Map<string, number>();
    for (const p of docs?.[i]?.phrases ?? [])
      for (const sub of subPhrases(p.key))
        if (text.has(sub) && !isGenericTerm(sub)) w.set(sub, 0.5);
    for (const k of list ?? []) if (!isGenericTerm(k.key)) w.set(k.key, 1);
    return w;
  });
  return { text, weights };
}

/** Lemmas as terms: the fallback for clusters whose papers share no phrase at all. */
export function lemmaTerms(docs: AnalysedDoc[] | undefined, n: number): PaperTerms {
  const text = new Map<string, string>();
  const weights = Array.from({ length: n }, (_, i) => {
    const w = new Map<string, number>();
    for (const l of docs?.[i]?.lemmas ?? []) {
      if (!/^\p{L}[\p{L}\p{N}-]*$/u.test(l) || isGenericNoun(stemmer(l))) continue;
      w.set(l, 1);
      text.set(l, l);
    }
    return w;
  });
  return { text, weights };
}
