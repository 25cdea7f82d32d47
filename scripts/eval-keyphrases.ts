// The standard keyphrase-extraction protocol (see ../shared/datasets/SOURCES.md), as in
// pke-benchmarking: phrases are lowercased, tokenised, Porter-stemmed token by token and matched
// whole; macro averages over documents. Pure, so `npm run eval` and tests can reuse it.
import { stemmer } from 'stemmer';

export interface KeyphraseRecord {
  title: string;
  abstract: string;
  keyphrases: string[];
}

export interface KeyphraseScores {
  f1At5: number;
  f1At10: number;
  precisionAt10: number;
  recallAt10: number;
  /** Documents scored: those with at least one gold keyphrase. */
  documents: number;
}

/**
 * Tokens roughly as spaCy makes them with pke-benchmarking's in-word hyphen fix: runs of letters
 * and digits joined by in-word hyphens or dots stay one token ("multi-step", "3.5"), a
 * possessive "'s" is a token, and every other non-space character is a token of its own.
 */
export function tokenise(phrase: string): string[] {
  return (
    phrase
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|'s(?![\p{L}\p{N}])|[^\s\p{L}\p{N}]/gu) ?? []
  );
}

/** The form phrases are matched in: Porter stems of the lowercased tokens, space-separated. */
export function normaliseKeyphrase(phrase: string): string {
  return tokenise(phrase)
    .map((t) => stemmer(t))
    .join(' ');
}

/** Normalised, without empties and duplicates, in first-seen order. */
function normaliseAll(phrases: string[]): string[] {
  const seen = new Set<string>();
  for (const p of phrases) {
    const n = normaliseKeyphrase(p);
    if (n !== '') seen.add(n);
  }
  return [...seen];
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Precision, recall and F1 of one document's top `k` predictions (already normalised). */
export function scoreAtK(predicted: string[], gold: Set<string>, k: number) {
  const top = predicted.slice(0, k);
  const matches = top.filter((p) => gold.has(p)).length;
  const precision = top.length > 0 ? matches / top.length : 0;
  const recall = gold.size > 0 ? matches / gold.size : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * Scores `predict`, which sees only titles and abstracts, against the records' gold keyphrases.
 * Gold keyphrases absent from the text stay in the recall denominator; gold keyphrases that
 * are equal once normalised count once.
 */
export function evaluateKeyphrases(
  records: KeyphraseRecord[],
  predict: (docs: { title: string; abstract: string }[]) => string[][],
): KeyphraseScores {
  const predictions = predict(records.map((r) => ({ title: r.title, abstract: r.abstract })));
  if (predictions.length !== records.length) {
    throw new Error(
      `eval-keyphrases: predict returned ${predictions.length} lists for ${records.length} documents.`,
    );
  }
  let f5 = 0;
  let f10 = 0;
  let p10 = 0;
  let r10 = 0;
  let documents = 0;
  records.forEach((record, i) => {
    const gold = new Set(normaliseAll(record.keyphrases));
    if (gold.size === 0) return;
    const predicted = normaliseAll(predictions[i]);
    const at10 = scoreAtK(predicted, gold, 10);
    f5 += scoreAtK(predicted, gold, 5).f1;
    f10 += at10.f1;
    p10 += at10.precision;
    r10 += at10.recall;
    documents++;
  });
  const mean = (x: number) => (documents > 0 ? x / documents : 0);
  return {
    f1At5: mean(f5),
    f1At10: mean(f10),
    precisionAt10: mean(p10),
    recallAt10: mean(r10),
    documents,
  };
}
