// Ranks each paper's candidate phrases with corpus statistics and keeps the best distinct ones.
import type { AnalysedDoc, Keyphrase, PhraseOccurrence } from '../types.ts';
import { isGenericNoun } from './generic-words.ts';
import { corpusStatistics, readableForms, subPhrases } from './corpus-stats.ts';
import { ln } from '../model/det-math.ts';
import { isVagueKeyphrase } from './vague-terms.ts';

export interface RankOptions {
  /** Keyphrases per paper. */
  max?: number;
  /** Overrides of the scoring weights, for experiments; the defaults serve all corpora. */
  weights?: Partial<ScoringWeights>;
}

export const DEFAULT_MAX_KEYPHRASES = 10;

export interface ScoringWeights {
  k1: number;
  b: number;
  title: number;
  position: number;
  positionScale: number;
  length: number;
  maxLengthBonusWords: number;
}

/** Weights of the scoring model; see `scorePhrase`. */
export const DEFAULT_WEIGHTS: Readonly<ScoringWeights> = {
  /** BM25 term-frequency saturation: the third occurrence adds less than the second. */
  k1: 1.2,
  /** BM25 length normalisation: a long abstract repeats its terms more. */
  b: 0.75,
  /** Extra weight for a phrase in the title, where authors name their topic. */
  title: 1,
  /** Extra weight for a phrase at the very start of the text, fading with its first position. */
  position: 1,
  /** Tokens over which the position boost halves. */
  positionScale: 10,
  /** Extra weight per stem beyond the first (a compound counts its parts), up to a limit. */
  length: 0.5,
  maxLengthBonusWords: 3,
};

export function rankKeyphrases(docs: AnalysedDoc[], options: RankOptions = {}): Keyphrase[][] {
  const max = options.max ?? DEFAULT_MAX_KEYPHRASES;
  if (!Number.isInteger(max) || max < 0) {
    throw new Error(`papermap/keyphrases: invalid max ${max}, expected a non-negative integer.`);
  }
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const stats = corpusStatistics(docs);
  const n = docs.length;
  const averageLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n) || 1;

  const ranked = docs.map((doc, i) => {
    const counts = stats.occurrences[i];
    const relativeLength = doc.length / averageLength;
    const scored = doc.phrases.map((p, j) => ({
      phrase: p,
      score: scorePhrase(p, counts[j], stats.documentFrequency(p.key), n, relativeLength, weights),
    }));
    // Deterministic: ties go to the alphabetically first key.
    scored.sort((a, b) => b.score - a.score || (a.phrase.key < b.phrase.key ? -1 : 1));
    return selectDistinct(scored, max);
  });

  const selected = new Set<string>();
  for (const list of ranked) for (const s of list) selected.add(s.phrase.key);
  const forms = readableForms(docs, selected);
  return ranked.map((list) =>
    list.map((s) => ({ key: s.phrase.key, text: forms.get(s.phrase.key)!, score: s.score })),
  );
}

/**
 * BM25-weighted term frequency times a smoothed inverse document frequency, boosted for the title,
 * an early first occurrence and for multi-word phrases (which name a topic more precisely than
 * their head word alone).
 */
export function scorePhrase(
  p: PhraseOccurrence,
  count: number,
  df: number,
  documents: number,
  relativeLength: number,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
): number {
  const { k1, b } = weights;
  const tf = (count * (k1 + 1)) / (count + k1 * (1 - b + b * relativeLength));
  const idf = ln(1 + documents / df);
  let words = 1;
  for (let i = p.key.indexOf(' '); i >= 0; i = p.key.indexOf(' ', i + 1)) words++;
  const length = 1 + weights.length * (Math.min(words, weights.maxLengthBonusWords) - 1);
  const title = p.inTitle ? 1 + weights.title : 1;
  const position = 1 + weights.position / (1 + p.firstPosition / weights.positionScale);
  return tf * idf * length * title * position;
}

interface Scored {
  phrase: PhraseOccurrence;
  score: number;
}

/**
 * The best phrases that say something new: a phrase is skipped when it is part of one already
 * chosen ("autoencoders" after "sparse autoencoders"), has the same stems in another order, or
 * only adds generic words to one already chosen ("matrix completion problem" after "matrix
 * completion").
 */
function selectDistinct(scored: Scored[], max: number): Scored[] {
  const chosen: Scored[] = [];
  const covered = new Set<string>();
  const stemSets = new Set<string>();
  for (const s of scored) {
    if (chosen.length >= max) break;
    const key = s.phrase.key;
    // Not a topic: "small fraction", "training costs", "seminal work".
    if (isVagueKeyphrase(key)) continue;
    const stems = key.split(' ');
    const stemSet = [...new Set(stems)].sort().join(' ');
    if (covered.has(key) || stemSets.has(stemSet)) continue;
    const specific = stems.filter((t) => !isGenericNoun(t)).join(' ');
    if (specific !== key && covered.has(specific)) continue;
    chosen.push(s);
    stemSets.add(stemSet);
    for (const sub of subPhrases(key)) covered.add(sub);
  }
  return chosen;
}
