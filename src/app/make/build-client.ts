// Starts a build in a module worker and follows it: progress, notices, the result or the error.
// Cancel terminates the worker, which stops the build at once, whatever it is doing.
import type { Stage } from '../../core/stages.ts';
import type { BuildReport } from '../../core/report.ts';
import type { BuildMessage, BuildRequest } from './build-protocol.ts';

export interface BuiltMap {
  graphText: string;
  report: BuildReport;
  timings: Record<Stage, number>;
}

export class BuildFailed extends Error {
  override name = 'BuildFailed';
  constructor(
    message: string,
    /** The reader's files or options are at fault, not papermap. */
    readonly user: boolean,
  ) {
    super(message);
  }
}

export class BuildCancelled extends Error {
  override name = 'BuildCancelled';
}

export interface BuildCallbacks {
  onProgress?: (stage: Stage, done: number, total: number) => void;
  onNotice?: (text: string) => void;
}

export interface RunningBuild {
  result: Promise<BuiltMap>;
  cancel: () => void;
}

export function startBuild(
  files: readonly File[],
  options: BuildRequest['options'],
  { onProgress, onNotice }: BuildCallbacks = {},
): RunningBuild {
  const worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
    type: 'module',
    name: 'papermap-build',
  });
  let settle: { resolve: (m: BuiltMap) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<BuiltMap>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: BuiltMap | Error) => {
    worker.terminate();
    if (!settle) return;
    if (outcome instanceof Error) settle.reject(outcome);
    else settle.resolve(outcome);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<BuildMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress?.(m.stage, m.done, m.total);
    else if (m.type === 'notice') onNotice?.(m.text);
    else if (m.type === 'error') finish(new BuildFailed(m.message, m.user));
    else finish({ graphText: m.graphText, report: m.report, timings: m.timings });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(new BuildFailed(event.message || 'the build worker could not start', false));
  };
  void Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))).then(
    (read) => {
      if (!settle) return; // cancelled while reading
      const request: BuildRequest = { type: 'build', files: read, options };
      worker.postMessage(
        request,
        read.map((f) => f.bytes),
      );
    },
    (error: unknown) => finish(new BuildFailed(`cannot read the files: ${String(error)}`, true)),
  );
  return { result, cancel: () => finish(new BuildCancelled('The build was cancelled.')) };
}
