// Splits text analysis across worker threads: it is per paper and independent, so it scales
// with cores. Small corpora stay on the main thread, where loading the model twice would cost more.
import { availableParallelism } from 'node:os';
import { analyseAll } from '../core/text/analyse-all.ts';
import { createNlp } from '../core/text/wink.ts';
import type { AnalysedDoc, Paper } from '../core/types.ts';
import { runWorker } from './run-worker.ts';

/** Below this many papers, worker start-up (~0.5 s: loader and model) outweighs the gain. */
export const WORKER_THRESHOLD = 1000;

const entry = new URL('./analyse-worker.ts', import.meta.url);

export function workerCount(papers: number): number {
  if (papers < WORKER_THRESHOLD) return 0;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(papers / 200)));
}

/**
 * Analyses the papers in `count` slices, one worker each, in order. Workers post their analyses
 * in parts, taken in here as they arrive. If one worker fails the others are stopped at once and
 * the first failure is the error.
 */
export async function analyseInWorkers(
  papers: Paper[],
  count: number,
  onProgress: (done: number) => void,
  workerEntry: URL = entry,
): Promise<AnalysedDoc[]> {
  const abort = new AbortController();
  const size = Math.ceil(papers.length / count);
  const doneBySlice = new Array<number>(count).fill(0);
  const docsBySlice = Array.from({ length: count }, () => [] as AnalysedDoc[]);
  const shared = stringPool();
  const slices = Array.from({ length: count }, (_, w) =>
    papers.slice(w * size, (w + 1) * size).map(({ title, abstract }) => ({ title, abstract })),
  );
  await Promise.all(
    slices.map((texts, w) =>
      runWorker<void, AnalysedDoc[]>(
        workerEntry,
        { texts },
        (done, part) => {
          if (part) for (const doc of part) docsBySlice[w].push(shareStrings(doc, shared));
          doneBySlice[w] = done;
          onProgress(doneBySlice.reduce((a, b) => a + b, 0));
        },
        abort.signal,
      ).catch((error: unknown) => {
        abort.abort();
        throw error;
      }),
    ),
  );
  return docsBySlice.flat();
}

/** One copy of each distinct string. */
function stringPool(): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    const kept = pool.get(s);
    if (kept !== undefined) return kept;
    pool.set(s, s);
    return s;
  };
}

/**
 * Docs posted from a worker arrive with their own copy of every string (a lemma, a phrase key),
 * ten million of them for 100k abstracts, which the rest of the build keeps alive: one copy of
 * each distinct string is kept instead.
 */
function shareStrings(doc: AnalysedDoc, one: (s: string) => string): AnalysedDoc {
  const all = (list: string[] | undefined) => {
    if (list) for (let i = 0; i < list.length; i++) list[i] = one(list[i]);
  };
  all(doc.lemmas);
  all(doc.nounLemmas);
  all(doc.foreignLemmas);
  all(doc.boundStems);
  for (const p of doc.phrases) {
    p.key = one(p.key);
    p.surface = one(p.surface);
  }
  return doc;
}

/** Analyses papers on worker threads when there are enough of them, else here. */
export async function analysePapers(
  papers: Paper[],
  onProgress: (done: number) => void,
): Promise<AnalysedDoc[]> {
  const workers = workerCount(papers.length);
  return workers === 0
    ? analyseAll(createNlp(), papers, onProgress)
    : analyseInWorkers(papers, workers, onProgress);
}
