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
  /**
   * Per cluster, phrases its label must not repeat (readable forms, any case): a sub-topic's
   * label says what sets it apart within its cluster, not the cluster's own name again.
   */
  avoid?: readonly (readonly string[])[];
  /**
   * The corpus's terms (keyphraseTerms of the same keyphrases and docs), when the caller has
   * them: gathering them is most of the cost of labelling a large map.
   */
  terms?: PaperTerms;
}

interface Term {
  key: string;
  text: string;
  words: string[];
  /** Summed weight of the term over the cluster's papers. */
  count: number;
  /** How many of the cluster's papers use it. */
  papers: number;
  /** How well the term picks out the cluster's papers (see `scoreTerms`). */
  score: number;
  /** The score with single words discounted: the order for labels and keywords. */
  rank: number;
}

interface Scored {
  terms: Term[][];
  /** In how many clusters each term occurs. */
  clustersWith: Map<string, number>;
}

/**
 * b in the F-measure: distinctiveness counts twice as much as coverage, or labels drift to words
 * every cluster uses ("decay · mass", "inference · sample" with b = 1).
 */
const DISTINCTIVENESS_WEIGHT = 0.5;

/** A single word names a topic less precisely than a phrase ("time" vs "sparse attention"). */
const SINGLE_WORD_FACTOR = 0.6;

/**
 * Scores each cluster's terms by how well they pick out its papers, as an F-measure: coverage
 * (the share of the cluster's papers that use the term, a paper's own keyphrases counting 1 and
 * other uses 0.5) and distinctiveness (the share of the term's uses that fall in this cluster),
 * F_beta = (1 + b^2) P C / (b^2 P + C) with b = DISTINCTIVENESS_WEIGHT. A term used by a few
 * papers and nowhere else, or by every paper and everywhere, scores low; one most of the
 * cluster uses and few others do scores high. (Before: coverage x precision x BERTopic's
 * log(1 + A / f), which named clusters after phrases two of their papers used, e.g. "linear
 * systems · logistic regression" for 12 papers on optimisation and sparse recovery.) Vague terms
 * ("models", "machine learning") never get here (see label-terms.ts).
 */
function scoreTerms(
  assignments: readonly number[],
  k: number,
  { text, weights }: PaperTerms,
): Scored {
  const perCluster = Array.from({ length: k }, () => new Map<string, number>());
  const papers = Array.from({ length: k }, () => new Map<string, number>());
  const sizes = new Array<number>(k).fill(0);
  const total = new Map<string, number>();
  assignments.forEach((c, i) => {
    sizes[c]++;
    for (const [t, w] of weights[i] ?? []) {
      perCluster[c].set(t, (perCluster[c].get(t) ?? 0) + w);
      papers[c].set(t, (papers[c].get(t) ?? 0) + 1);
      total.set(t, (total.get(t) ?? 0) + w);
    }
  });
  const clustersWith = new Map<string, number>();
  for (const m of perCluster)
    for (const t of m.keys()) clustersWith.set(t, (clustersWith.get(t) ?? 0) + 1);
  const terms = perCluster.map((m, c) =>
    [...m.entries()]
      .map(([key, count]) => {
        const f = total.get(key)!;
        const coverage = count / Math.max(1, sizes[c]);
        const precision = count / f;
        const b2 = DISTINCTIVENESS_WEIGHT ** 2;
        const score = ((1 + b2) * precision * coverage) / (b2 * precision + coverage);
        const words = key.split(' ');
        const rank = score * (words.length > 1 ? 1 : SINGLE_WORD_FACTOR);
        return {
          key,
          text: text.get(key)!,
          words,
          count,
          papers: papers[c].get(key)!,
          score,
          rank,
        };
      })
      .sort(byRank),
  );
  return { terms, clustersWith };
}

/** Best first; on a tie the term more papers use, then alphabetically. */
function byRank(a: Term, b: Term): number {
  return b.rank - a.rank || b.papers - a.papers || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Two phrases repeat each other when one's words contain the other's, they share half their
 * words, they are overlapping pieces of one longer phrase ("polynomial time", "time
 * algorithm"), or the cluster uses a term made of both ("sparse network" and "neural networks"
 * in "sparse neural networks"). Sharing only the head word is otherwise allowed: "field theory ·
 * string theory".
 */
function nearDuplicate(a: Term, b: Term, terms: readonly Term[]): boolean {
  const shared = a.words.filter((w) => b.words.includes(w)).length;
  const all = new Set([...a.words, ...b.words]);
  const chained = (x: Term, y: Term) =>
    x.words.length > 1 && y.words.length > 1 && x.words[x.words.length - 1] === y.words[0];
  return (
    shared === a.words.length ||
    shared === b.words.length ||
    shared / all.size >= 0.5 ||
    chained(a, b) ||
    chained(b, a) ||
    (shared > 0 &&
      terms.some((t) => t.words.length >= all.size && [...all].every((w) => t.words.includes(w))))
  );
}

/** Up to three non-repeating phrases from the candidates (the first `skip` passed over). */
function pickLabel(candidates: Term[], skip: number, maxLength: number): string {
  const chosen: Term[] = [];
  for (let i = skip; i < candidates.length && chosen.length < 3; i++) {
    const t = candidates[i];
    if (chosen.some((c) => nearDuplicate(c, t, candidates))) continue;
    const length = [...chosen, t].map((c) => c.text).join(' · ').length;
    if (chosen.length >= 1 && length > maxLength) continue;
    // A third phrase must be nearly as characteristic as the first, or it only adds length.
    if (chosen.length === 2 && t.rank < 0.5 * chosen[0].rank) break;
    chosen.push(t);
  }
  return chosen.map((c) => c.text).join(' · ');
}

/**
 * Terms that may name cluster c, best first: not in every cluster, and used by 2+ of its papers
 * when any are.
 */
function labelCandidates({ terms, clustersWith }: Scored, c: number, k: number): Term[] {
  const mine = terms[c].filter((t) => k < 2 || clustersWith.get(t.key)! < k);
  const recurring = mine.filter((t) => t.papers >= 2);
  return recurring.length >= 2 ? recurring : mine;
}

/**
 * The cluster's best terms, those used by 2+ of its papers first, leaving out any whose words
 * are all in a term listed before it ("autoencoder" after "sparse autoencoders").
 */
function pickKeywords(terms: Term[], count: number): string[] {
  const chosen: Term[] = [];
  for (const t of [...terms.filter((x) => x.papers >= 2), ...terms.filter((x) => x.papers < 2)]) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => c.text === t.text || t.words.every((w) => c.words.includes(w))))
      continue;
    chosen.push(t);
  }
  return chosen.map((t) => t.text);
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
  return labelFromTerms(
    assignments,
    k,
    options.terms ?? keyphraseTerms(keyphrases, docs),
    docs && (() => lemmaTerms(docs, assignments.length)),
    options,
  );
}

/** labelClusters over terms already gathered; lemma terms are gathered only if a cluster needs them. */
function labelFromTerms(
  assignments: readonly number[],
  k: number,
  terms: PaperTerms,
  lemmaSource: (() => PaperTerms) | undefined,
  options: LabelOptions,
): ClusterLabel[] {
  const keywordCount = options.keywords ?? 10;
  const maxLength = options.maxLabelLength ?? 48;
  const phrases = scoreTerms(assignments, k, terms);
  let lemmas: Scored | null = null;
  const used = new Set<string>();
  const labels: ClusterLabel[] = [];
  for (let c = 0; c < k; c++) {
    const avoid = new Set((options.avoid?.[c] ?? []).map((t) => t.toLowerCase()));
    const allowed = (terms: Term[]) => terms.filter((t) => !avoid.has(t.text.toLowerCase()));
    let candidates = allowed(labelCandidates(phrases, c, k));
    if (candidates.length === 0 && lemmaSource) {
      lemmas ??= scoreTerms(assignments, k, lemmaSource());
      candidates = allowed(labelCandidates(lemmas, c, k));
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
    labels.push({ id: c, label, keywords: pickKeywords(phrases.terms[c], keywordCount) });
  }
  return labels;
}

/**
 * Labels each cluster's sub-topics against their siblings: c-TF-IDF over the cluster's papers
 * alone, so a sub-topic is named for what sets it apart within its cluster, never with a phrase
 * of the cluster's own label. In topic id order.
 */
export function labelTopics(
  topics: readonly { id: number; cluster: number; members: readonly number[] }[],
  clusterLabels: readonly ClusterLabel[],
  keyphrases: Keyphrase[][],
  docs?: AnalysedDoc[],
  options: Omit<LabelOptions, 'avoid'> = {},
): ClusterLabel[] {
  const labels: ClusterLabel[] = [];
  // The corpus's terms are gathered once; each cluster's sub-topics are scored on its share.
  const all = options.terms ?? keyphraseTerms(keyphrases, docs);
  const clusters = [...new Set(topics.map((t) => t.cluster))];
  for (const c of clusters) {
    const siblings = topics.filter((t) => t.cluster === c);
    const members = siblings.flatMap((t) => t.members);
    const local = siblings.flatMap((t, i) => t.members.map(() => i));
    const parent = clusterLabels.find((l) => l.id === c)?.label.split(' · ') ?? [];
    const own = labelFromTerms(
      local,
      siblings.length,
      { text: all.text, weights: members.map((p) => all.weights[p]) },
      docs &&
        (() =>
          lemmaTerms(
            members.map((p) => docs[p]),
            members.length,
          )),
      { ...options, avoid: siblings.map(() => parent) },
    );
    own.forEach((l, i) => labels.push({ ...l, id: siblings[i].id }));
  }
  return labels.sort((a, b) => a.id - b.id);
}
