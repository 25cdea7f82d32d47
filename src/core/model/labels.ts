// Cluster labels by class-based TF-IDF (c-TF-IDF, as in BERTopic): a phrase describes a cluster
// when many of its papers use it (coverage) and papers elsewhere mostly do not (distinctiveness).
// The label is two or three such phrases that do not repeat each other; no two clusters share one.

import type { AnalysedDoc, Keyphrase } from '../types.ts';
import { keyphraseTerms, lemmaTerms, type PaperTerms } from './label-terms.ts';

export interface ClusterLabel {
  id: number;
  /** Two or three phrases joined with " · ". */
  label: string;
  /** The cluster's top keyphrases (readable), best first. */
  keywords: string[];
}

export interface LabelOptions {
  keywords?: number;
  /** Longest label, in characters, that a second or third phrase may extend it to. */
  maxLabelLength?: number;
}

interface Term {
  key: string;
  text: string;
  words: string[];
  /** Summed weight of the term over the cluster's papers. */
  count: number;
  score: number;
  /** Score for choosing label phrases (single words discounted). */
  rank?: number;
}

interface Scored {
  terms: Term[][];
  /** In how many clusters each term occurs. */
  clustersWith: Map<string, number>;
}

/**
 * Scores each cluster's terms: coverage (weight per paper of the cluster) times BERTopic's
 * log(1 + A / f_t), times precision (the share of the term's weight that falls in this cluster).
 * BERTopic's factor alone is mild: "features" used across the corpus would outrank
 * "interpretability" in a cluster of sparse autoencoder papers.
 */
function scoreTerms(
  assignments: readonly number[],
  k: number,
  { text, weights }: PaperTerms,
): Scored {
  const perCluster = Array.from({ length: k }, () => new Map<string, number>());
  const sizes = new Array<number>(k).fill(0);
  const total = new Map<string, number>();
  assignments.forEach((c, i) => {
    sizes[c]++;
    for (const [t, w] of weights[i] ?? []) {
      perCluster[c].set(t, (perCluster[c].get(t) ?? 0) + w);
      total.set(t, (total.get(t) ?? 0) + w);
    }
  });
  const clustersWith = new Map<string, number>();
  for (const m of perCluster)
    for (const t of m.keys()) clustersWith.set(t, (clustersWith.get(t) ?? 0) + 1);
  let grand = 0;
  for (const w of total.values()) grand += w;
  const average = grand / Math.max(1, k);
  const terms = perCluster.map((m, c) =>
    [...m.entries()]
      .map(([key, count]) => {
        const f = total.get(key)!;
        const score = (count / Math.max(1, sizes[c])) * Math.log(1 + average / f) * (count / f);
        return { key, text: text.get(key)!, words: key.split(' '), count, score };
      })
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  );
  return { terms, clustersWith };
}

/**
 * Two phrases repeat each other when one's words contain the other's, they share half their
 * words, or they are overlapping pieces of one longer phrase ("polynomial time", "time
 * algorithm"). Sharing only the head word is allowed: "field theory · string theory".
 */
function nearDuplicate(a: Term, b: Term): boolean {
  const shared = a.words.filter((w) => b.words.includes(w)).length;
  const union = new Set([...a.words, ...b.words]).size;
  const chained = (x: Term, y: Term) =>
    x.words.length > 1 && y.words.length > 1 && x.words[x.words.length - 1] === y.words[0];
  return (
    shared === a.words.length ||
    shared === b.words.length ||
    shared / union >= 0.5 ||
    chained(a, b) ||
    chained(b, a)
  );
}

/** Up to three non-repeating phrases from the candidates (the first `skip` passed over). */
function pickLabel(candidates: Term[], skip: number, maxLength: number): string {
  const chosen: Term[] = [];
  for (let i = skip; i < candidates.length && chosen.length < 3; i++) {
    const t = candidates[i];
    if (chosen.some((c) => nearDuplicate(c, t))) continue;
    const length = [...chosen, t].map((c) => c.text).join(' · ').length;
    if (chosen.length >= 1 && length > maxLength) continue;
    // A third phrase must be nearly as characteristic as the first, or it only adds length.
    if (chosen.length === 2 && (t.rank ?? t.score) < 0.5 * (chosen[0].rank ?? chosen[0].score))
      break;
    chosen.push(t);
  }
  return chosen.map((c) => c.text).join(' · ');
}

/** A single word names a topic less precisely than a phrase ("time" vs "sparse attention"). */
const SINGLE_WORD_FACTOR = 0.6;

/**
 * Terms that may name cluster c, best first: not in every cluster, used by 2+ papers when any
 * are, single words discounted.
 */
function labelCandidates({ terms, clustersWith }: Scored, c: number, k: number): Term[] {
  const mine = terms[c].filter((t) => k < 2 || clustersWith.get(t.key)! < k);
  const recurring = mine.filter((t) => t.count >= 2);
  const rank = (t: Term) => t.score * (t.words.length > 1 ? 1 : SINGLE_WORD_FACTOR);
  return (recurring.length >= 2 ? recurring : mine)
    .map((t) => ({ ...t, rank: rank(t) }))
    .sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Labels clusters 0..k-1 from their papers' keyphrases (given the analysed docs, also from the
 * candidate phrases inside them, and lemmas when a cluster shares no phrase). In id order.
 */
export function labelClusters(
  assignments: readonly number[],
  k: number,
  keyphrases: Keyphrase[][],
  docs?: AnalysedDoc[],
  options: LabelOptions = {},
): ClusterLabel[] {
  const keywordCount = options.keywords ?? 10;
  const maxLength = options.maxLabelLength ?? 48;
  const phrases = scoreTerms(assignments, k, keyphraseTerms(keyphrases, docs));
  let lemmas: Scored | null = null;
  const used = new Set<string>();
  const labels: ClusterLabel[] = [];
  for (let c = 0; c < k; c++) {
    let candidates = labelCandidates(phrases, c, k);
    if (candidates.length === 0 && docs) {
      lemmas ??= scoreTerms(assignments, k, lemmaTerms(docs, assignments.length));
      candidates = labelCandidates(lemmas, c, k);
    }
    let label = '';
    for (
      let skip = 0;
      skip < Math.max(1, candidates.length) && (label === '' || used.has(label));
      skip++
    )
      label = pickLabel(candidates, skip, maxLength);
    if (label === '' || used.has(label)) label = label ? `${label} (${c + 1})` : `Cluster ${c + 1}`;
    used.add(label);
    const keywords: string[] = [];
    for (const t of phrases.terms[c]) {
      if (keywords.length >= keywordCount) break;
      if (!keywords.includes(t.text)) keywords.push(t.text);
    }
    labels.push({ id: c, label, keywords });
  }
  return labels;
}
