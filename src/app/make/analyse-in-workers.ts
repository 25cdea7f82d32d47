// Splits text analysis across nested workers of the build worker, one per core, as the CLI does
// across worker threads: it is per paper and independent, so the two cores of a laptop halve it.
// Slices are contiguous and joined in order, so the result is the same as one analysis of all.
// Terminating the build worker (Cancel) terminates these with it. The nested workers run the
// build worker's own script (one download of wink-nlp's model, not two), told by their message
// that they analyse a slice.
import { analyseAll } from '../../core/text/analyse-all.ts';
import { createNlp } from '../../core/text/wink.ts';
import type { AnalysedDoc, Paper } from '../../core/types.ts';
import type { AnalyseMessage, AnalyseRequest } from './build-protocol.ts';

/** Below this many papers, loading the model in another worker costs more than it saves. */
const WORKER_THRESHOLD = 1000;
/** Papers per worker at least, and at most this many workers. */
const MIN_SLICE = 200;
const MAX_WORKERS = 4;

export function workerCount(papers: number, cores: number): number {
  if (papers < WORKER_THRESHOLD || cores < 2) return 0;
  return Math.min(cores, MAX_WORKERS, Math.ceil(papers / MIN_SLICE));
}

/** Analyses a slice of the papers here: what a nested worker does with an AnalyseRequest. */
export function analyseSliceHere(
  request: AnalyseRequest,
  post: (message: AnalyseMessage) => void,
): void {
  try {
    const result = analyseAll(createNlp(), request.texts, (done) =>
      post({ type: 'analyse-progress', done }),
    );
    post({ type: 'analysed', result });
  } catch (error) {
    post({ type: 'analyse-error', message: String(error) });
  }
}

function analyseSlice(
  script: string,
  texts: AnalyseRequest['texts'],
  onProgress: (done: number) => void,
): { result: Promise<AnalysedDoc[]>; stop: () => void } {
  const worker = new Worker(script, { type: 'module', name: 'papermap-analyse' });
  const result = new Promise<AnalysedDoc[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<AnalyseMessage>) => {
      const m = event.data;
      if (m.type === 'analyse-progress') onProgress(m.done);
      else if (m.type === 'analyse-error') reject(new Error(m.message));
      else resolve(m.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'an analysis worker could not start'));
    };
  }).finally(() => worker.terminate());
  worker.postMessage({ type: 'analyse', texts } satisfies AnalyseRequest);
  return { result, stop: () => worker.terminate() };
}

/** Analyses the papers in nested workers running `script` (the build worker's), or here. */
export async function analysePapers(
  script: string,
  papers: Paper[],
  onProgress: (done: number) => void,
): Promise<AnalysedDoc[]> {
  const count = workerCount(papers.length, navigator.hardwareConcurrency ?? 1);
  if (count === 0) return analyseAll(createNlp(), papers, onProgress);
  const size = Math.ceil(papers.length / count);
  const doneBySlice = new Array<number>(count).fill(0);
  const slices = Array.from({ length: count }, (_, w) =>
    analyseSlice(
      script,
      papers.slice(w * size, (w + 1) * size).map(({ title, abstract }) => ({ title, abstract })),
      (done) => {
        doneBySlice[w] = done;
        onProgress(doneBySlice.reduce((a, b) => a + b, 0));
      },
    ),
  );
  try {
    return (await Promise.all(slices.map((s) => s.result))).flat();
  } catch (error) {
    for (const s of slices) s.stop();
    throw error;
  }
}
