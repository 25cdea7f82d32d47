// Runs one TypeScript module on a worker thread and resolves with the result it posts.
// Workers post { type: 'progress', done } while they work and { type: 'done', result } at the end.
import { Worker } from 'node:worker_threads';

const bootstrap = new URL('./worker-bootstrap.js', import.meta.url);

export function runWorker<T>(
  entry: URL,
  data: Record<string, unknown>,
  onProgress: (done: number) => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(bootstrap, { workerData: { ...data, entry: entry.href } });
    let finished = false;
    worker.on('message', (m: { type: string; done?: number; result?: T }) => {
      if (m.type === 'progress') onProgress(m.done!);
      else if (m.type === 'done') {
        finished = true;
        resolve(m.result as T);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!finished)
        reject(new Error(`worker ${entry.pathname} stopped early (exit code ${code})`));
    });
  });
}
