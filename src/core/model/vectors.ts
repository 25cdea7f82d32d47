// TF-IDF document vectors over two kinds of feature: content-word lemmas and multi-word
// keyphrases. Phrases are weighted up because one shared phrase ("sparse autoencoders") says
// more about two papers than the two shared words it is made of.

import { readableForms } from '../text/corpus-stats.ts';
import type { AnalysedDoc, Keyphrase, SparseVector } from '../types.ts';
import { createNounTest, explainableFeatures } from './explainable.ts';
import { lemmaForms } from './lemma-forms.ts';
import { ln } from './det-math.ts';

export interface VectorOptions {
  /** Features in fewer documents than this are dropped: they cannot link two papers. */
  minDf?: number;
  /** Features in more than this fraction of documents are dropped: they link everything. */
  maxDfRatio?: number;
  /** Multiplier on keyphrase features' weights, before normalisation. */
  phraseWeight?: number;
  /**
   * Which multi-word phrases become features: those some paper ranked among its keyphrases, or
   * also any candidate phrase found in at least minDf papers.
   */
  phrases?: 'ranked' | 'candidates';
  /**
   * Keep only lemmas that are nouns in most of their occurrences (see `explainable`). Off by
   * default: verbs and adjectives still help to cluster (mean NMI over 10 seeds on arxiv10 at
   * k = 10: 0.70 keeping all lemmas, 0.69 without verbs, 0.68 with nouns only).
   */
  nounLemmasOnly?: boolean;
}

export const DEFAULT_VECTOR_OPTIONS: Required<VectorOptions> = {
  minDf: 2,
  maxDfRatio: 0.5,
  phraseWeight: 1.5,
  phrases: 'candidates',
  nounLemmasOnly: false,
};

export interface VectorSpace {
  /** One L2-normalised vector per document (empty when a document has no kept feature). */
  vectors: SparseVector[];
  /** Readable label per feature index: a keyphrase's readable text, or a lemma as written. */
  features: string[];
  /** Whether each feature is a keyphrase (true) or a single lemma (false). */
  isPhrase: boolean[];
  /**
   * Whether a feature can explain a link to a reader (see explainable.ts): phrases with a
   * specific word, and lemmas that are nouns in most of their occurrences and not vague
   * ("approach", "data"). Verbs and adjectives link papers without saying why.
   */
  explainable: boolean[];
  /** The lemma behind each single-word feature; null for phrases. */
  lemmas: (string | null)[];
}

function resolveOptions(options: VectorOptions): Required<VectorOptions> {
  const o = { ...DEFAULT_VECTOR_OPTIONS, ...options };
  if (!(o.minDf >= 1)) throw new Error('papermap vectors: minDf must be at least 1.');
  if (!(o.maxDfRatio > 0 && o.maxDfRatio <= 1))
    throw new Error('papermap vectors: maxDfRatio must be in (0, 1].');
  if (!(o.phraseWeight > 0)) throw new Error('papermap vectors: phraseWeight must be positive.');
  return o;
}

/** Raw term counts per document, keyed by "w:lemma" or "p:phrase key" so the two never collide. */
function countTerms(
  doc: AnalysedDoc,
  ranked: Keyphrase[],
  phraseKeys: Set<string>,
  keepLemma: (lemma: string) => boolean,
) {
  const counts = new Map<string, number>();
  for (const lemma of doc.lemmas)
    if (keepLemma(lemma)) counts.set(`w:${lemma}`, (counts.get(`w:${lemma}`) ?? 0) + 1);
  // A corpus phrase counts wherever it occurs, not only where it made the paper's top list.
  for (const p of doc.phrases)
    if (phraseKeys.has(p.key)) counts.set(`p:${p.key}`, Math.max(1, p.count));
  for (const k of ranked)
    if (phraseKeys.has(k.key) && !counts.has(`p:${k.key}`)) counts.set(`p:${k.key}`, 1);
  return counts;
}

/**
 * Builds TF-IDF vectors: sublinear tf (1 + ln tf), smooth idf (ln((1 + n) / (1 + df)) + 1),
 * rare and ubiquitous features dropped, each vector L2-normalised. Feature indices are ordered
 * by feature key, so the output does not depend on document order beyond the vectors' order.
 */
export function buildVectors(
  docs: AnalysedDoc[],
  keyphrases: Keyphrase[][],
  options: VectorOptions = {},
): VectorSpace {
  const o = resolveOptions(options);
  const n = docs.length;

  // Phrase features start from what the keyphrase ranker chose for some paper; single words are
  // left to the lemma features, which already cover them.
  const phraseText = new Map<string, string>();
  for (const list of keyphrases)
    for (const k of list ?? [])
      if (k.key.includes(' ') && !phraseText.has(k.key)) phraseText.set(k.key, k.text);
  if (o.phrases === 'candidates') {
    // Ranked lists are short and specific, so in a small corpus few of their phrases recur;
    // candidates that recur link papers through the topics they share.
    const candidateDf = new Map<string, number>();
    for (const d of docs)
      for (const p of d.phrases)
        if (p.key.includes(' ') && !phraseText.has(p.key))
          candidateDf.set(p.key, (candidateDf.get(p.key) ?? 0) + 1);
    const recurring = new Set(
      [...candidateDf].filter(([, df]) => df >= o.minDf).map(([key]) => key),
    );
    for (const [key, text] of readableForms(docs, recurring)) phraseText.set(key, text);
  }
  const phraseKeys = new Set(phraseText.keys());

  const isNounLemma = createNounTest(docs);
  const keepLemma = o.nounLemmasOnly ? isNounLemma : () => true;
  const docCounts = docs.map((d, i) => countTerms(d, keyphrases[i] ?? [], phraseKeys, keepLemma));
  const df = new Map<string, number>();
  for (const counts of docCounts) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);

  const maxDf = Math.max(o.minDf, o.maxDfRatio * n);
  const kept = [...df.entries()]
    .filter(([, d]) => d >= o.minDf && d <= maxDf)
    .map(([t]) => t)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(kept.map((t, i) => [t, i]));
  const idf = kept.map((t) => ln((1 + n) / (1 + df.get(t)!)) + 1);
  const isPhrase = kept.map((t) => t.startsWith('p:'));
  const lemmaForm = new Map<string, string>();
  const lemmaKeys = kept.filter((t) => t.startsWith('w:')).map((t) => t.slice(2));
  lemmaForms(docs, lemmaKeys).forEach((form, i) => lemmaForm.set(lemmaKeys[i], form));
  const features = kept.map((t) =>
    t.startsWith('p:') ? phraseText.get(t.slice(2))! : lemmaForm.get(t.slice(2))!,
  );

  const vectors = docCounts.map((counts): SparseVector => {
    const entries: [number, number][] = [];
    for (const [t, c] of counts) {
      const f = index.get(t);
      if (f === undefined) continue;
      const boost = isPhrase[f] ? o.phraseWeight : 1;
      entries.push([f, (1 + ln(c)) * idf[f] * boost]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, v] of entries) norm += v * v;
    norm = Math.sqrt(norm);
    return {
      indices: entries.map((e) => e[0]),
      values: entries.map((e) => e[1] / norm),
    };
  });
  const explainable = explainableFeatures(kept, isNounLemma);
  const lemmas = kept.map((t) => (t.startsWith('w:') ? t.slice(2) : null));
  return { vectors, features, isPhrase, explainable, lemmas };
}

/** Cosine of two L2-normalised sparse vectors: a merge over their sorted indices. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const fa = a.indices[i];
    const fb = b.indices[j];
    if (fa === fb) s += a.values[i++] * b.values[j++];
    else if (fa < fb) i++;
    else j++;
  }
  return s;
}
