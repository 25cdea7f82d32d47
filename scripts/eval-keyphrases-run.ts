// Runs the keyphrase evaluation on a JSONL dataset: npx tsx scripts/eval-keyphrases-run.ts FILE...
// The whole dataset is the corpus for document frequencies, as papermap uses a user's collection.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyseDocument, createNlp, rankKeyphrases } from '../src/core/text/index.ts';
import { evaluateKeyphrases, type KeyphraseRecord } from './eval-keyphrases.ts';

function readJsonl(path: string): KeyphraseRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line) as Partial<KeyphraseRecord>;
      return { title: r.title ?? '', abstract: r.abstract ?? '', keyphrases: r.keyphrases ?? [] };
    });
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: tsx scripts/eval-keyphrases-run.ts DATASET.jsonl...');
  process.exit(2);
}
const nlp = createNlp();
for (const path of paths) {
  const records = readJsonl(path);
  let analyseMs = 0;
  let rankMs = 0;
  const scores = evaluateKeyphrases(records, (docs) => {
    const t0 = performance.now();
    const analysed = docs.map((d) => analyseDocument(nlp, d.title, d.abstract));
    const t1 = performance.now();
    const ranked = rankKeyphrases(analysed, { max: 10 });
    rankMs = performance.now() - t1;
    analyseMs = t1 - t0;
    return ranked.map((list) => list.map((k) => k.text));
  });
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `${basename(path)}: ${scores.documents} documents  F1@5 ${pct(scores.f1At5)}  F1@10 ${pct(scores.f1At10)}` +
      `  P@10 ${pct(scores.precisionAt10)}  R@10 ${pct(scores.recallAt10)}` +
      `  (analyse ${analyseMs.toFixed(0)} ms, rank ${rankMs.toFixed(0)} ms)`,
  );
}
