// A worker thread that analyses a slice of the papers (the pipeline's heaviest per-paper stage).
import { parentPort, workerData } from 'node:worker_threads';
import { analyseAll } from '../core/text/analyse-all.ts';
import { createNlp } from '../core/text/wink.ts';

const { texts } = workerData as { texts: { title: string; abstract: string }[] };
const result = analyseAll(createNlp(), texts, (done) =>
  parentPort!.postMessage({ type: 'progress', done }),
);
parentPort!.postMessage({ type: 'done', result });
