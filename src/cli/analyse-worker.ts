// A worker thread that analyses a slice of the papers (the pipeline's heaviest per-paper stage).
// It posts the analyses in parts as it goes: the main thread takes each part in while the
// workers go on, instead of receiving (and the worker holding) 50,000 analyses at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseAll } from '../core/text/analyse-all.ts';
import { createNlp } from '../core/text/wink.ts';

/** Papers per posted part: small enough to keep both heaps small, large enough to be cheap. */
const PART = 500;

const { texts } = workerData as { texts: { title: string; abstract: string }[] };
const nlp = createNlp();
for (let from = 0; from < texts.length; from += PART) {
  const part = analyseAll(nlp, texts.slice(from, from + PART));
  parentPort!.postMessage({ type: 'progress', done: from + part.length, part });
}
parentPort!.postMessage({ type: 'done' });
