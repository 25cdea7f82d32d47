// Runs one TypeScript module on a worker thread and resolves with the result it posts.
// Workers post { type: 'progress', done } while they work (with `part`, a piece of the result
// sent as soon as it is ready) and { type: 'done', result } at the end.
// A worker that throws or exits early rejects with one line that names it; `signal` stops it
// (the caller aborts the others when one fails, so that the command ends at once). Buffers in
// `transfer` move to the worker instead of being copied.
import { basename } from 'node:path';
import { Worker, type Transferable } from 'node:worker_threads';

const bootstrap = new URL('./worker-bootstrap.js', import.meta.url);

export function runWorker<T, Part = never>(
  entry: URL,
  data: Record<string, unknown>,
  onProgress: (done: number, part?: Part) => void = () => {},
  signal?: AbortSignal,
  transfer: Transferable[] = [],
): Promise<T> {
  const name = basename(entry.pathname);
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new Error(`${name}: not started (another worker failed)`));
    const worker = new Worker(bootstrap, {
      workerData: { ...data, entry: entry.href },
      transferList: transfer,
    });
    let finished = false;
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    const settle = () => {
      finished = true;
      signal?.removeEventListener('abort', stop);
    };
    worker.on('message', (m: { type: string; done?: number; part?: Part; result?: T }) => {
      if (m.type === 'progress') onProgress(m.done!, m.part);
      else if (m.type === 'done') {
        settle();
        resolve(m.result as T);
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      settle();
      const message = (error.message || String(error)).split('\n')[0];
      reject(new Error(`worker ${name} failed: ${message}`, { cause: error }));
    });
    worker.on('exit', (code) => {
      if (finished) return;
      settle();
      reject(new Error(`worker ${name} stopped early (exit code ${code})`));
    });
  });
}
