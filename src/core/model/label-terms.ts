// The terms that can name a cluster, and which papers use them. Ranked keyphrases alone are too
// specific to recur in a small corpus ("sparse training recipes" in one paper, "sparse training"
// in another), so a paper also counts as using any candidate phrase that occurs inside one of
// its own candidates.

import { readableForms, subPhrases } from '../text/corpus-stats.ts';
import type { AnalysedDoc, Keyphrase } from '../types.ts';
import { isVagueLemma, isVaguePhrase, isVagueStem, lemmaStems } from './explainable.ts';

export interface PaperTerms {
  /** Readable form per term key. */
  text: Map<string, string>;
  /** Per paper: term key -> weight (1 for its own ranked keyphrases, 0.5 for other uses). */
  weights: Map<string, number>[];
}

/**
 * A term made only of words that name no topic ("framework", "models", "numerical results"); in
 * longer phrases such words may be part of a term ("language models").
 */
export const isGenericTerm = (key: string) =>
  key.includes(' ') ? isVaguePhrase(key) : isVagueStem(key);

/**
 * The terms a candidate phrase (`key`, whose parts that are terms are `subs`) shows a paper to
 * use: its multi-word parts, and of its single words the head and the words the paper uses as
 * nouns ("convergence" in "convergence rate"). An adjective is not a topic ("sparse" in "sparse
 * autoencoders"), and Porter merges some with a noun ("linear" in "linear systems" with
 * "linearization").
 */
function usedTerms(
  key: string,
  subs: readonly string[],
  nounStems: ReadonlySet<string> | null,
): string[] {
  const head = key.slice(key.lastIndexOf(' ') + 1);
  return subs.filter(
    (sub) => sub.includes(' ') || sub === head || nounStems === null || nounStems.has(sub),
  );
}

/** Stems of the words a paper uses as nouns, or null when its analysis does not say. */
function nounStemsOf(doc: AnalysedDoc | undefined, memo: Map<string, string>): Set<string> | null {
  if (!doc?.nounLemmas) return null;
  const stems = new Set<string>();
  for (const l of doc.nounLemmas) {
    let s = memo.get(l);
    if (s === undefined) memo.set(l, (s = lemmaStems(l).join(' ')));
    stems.add(s);
  }
  return stems;
}

export function keyphraseTerms(keyphrases: Keyphrase[][], docs?: AnalysedDoc[]): PaperTerms {
  const text = new Map<string, string>();
  for (const list of keyphrases)
    for (const k of list ?? []) if (!text.has(k.key)) text.set(k.key, k.text);
  if (docs) {
    const candidates = new Set<string>();
    for (const d of docs) for (const p of d.phrases) if (!text.has(p.key)) candidates.add(p.key);
    for (const [key, form] of readableForms(docs, candidates)) text.set(key, form);
  }
  const memo = new Map<string, string>();
  // A corpus of 100k papers repeats its phrases many times over: each phrase's parts, and
  // whether a term is generic, are worked out once (a third of labelling's time at 30k papers).
  const parts = new Map<string, string[]>();
  const generic = new Map<string, boolean>();
  const isGeneric = (key: string) => {
    let g = generic.get(key);
    if (g === undefined) generic.set(key, (g = isGenericTerm(key)));
    return g;
  };
  const weights = keyphrases.map((list, i) => {
    const w = new Map<string, number>();
    const nounStems = nounStemsOf(docs?.[i], memo);
    for (const p of docs?.[i]?.phrases ?? []) {
      let subs = parts.get(p.key);
      if (!subs) parts.set(p.key, (subs = subPhrases(p.key).filter((sub) => text.has(sub))));
      for (const sub of usedTerms(p.key, subs, nounStems)) if (!isGeneric(sub)) w.set(sub, 0.5);
    }
    for (const k of list ?? []) if (!isGeneric(k.key)) w.set(k.key, 1);
    return w;
  });
  return { text, weights };
}

/** Lemmas as terms: the fallback for clusters whose papers share no phrase at all. */
export function lemmaTerms(docs: AnalysedDoc[] | undefined, n: number): PaperTerms {
  const text = new Map<string, string>();
  const weights = Array.from({ length: n }, (_, i) => {
    const w = new Map<string, number>();
    const foreign = foreignOnly(docs?.[i]);
    for (const l of docs?.[i]?.lemmas ?? []) {
      if (!/^\p{L}[\p{L}\p{N}-]{2,}$/u.test(l) || isVagueLemma(l) || foreign.has(l)) continue;
      w.set(l, 1);
      text.set(l, l);
    }
    return w;
  });
  return { text, weights };
}

/** Lemmas a paper uses only in sentences not in English: the English model cannot name them. */
function foreignOnly(doc: AnalysedDoc | undefined): Set<string> {
  if (!doc?.foreignLemmas) return new Set();
  const count = new Map<string, number>();
  for (const l of doc.lemmas) count.set(l, (count.get(l) ?? 0) + 1);
  for (const l of doc.foreignLemmas) count.set(l, (count.get(l) ?? 0) - 1);
  return new Set(doc.foreignLemmas.filter((l) => count.get(l) === 0));
}
