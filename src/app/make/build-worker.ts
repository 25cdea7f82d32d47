// The build pipeline in a module worker: the page stays responsive while papers are read,
// analysed and laid out, and Cancel stops the build at once by terminating the worker. Runs the
// same src/core code as the CLI, with the same options, so the graph file is the same bytes.
import { InputError } from '../../core/ingest/index.ts';
import { readInputBytes } from '../../core/ingest/read-bytes.ts';
import { OptionsError } from '../../core/options.ts';
import { BuildError, buildMap, type Stage } from '../../core/pipeline.ts';
import { analysePapers, analyseSliceHere } from './analyse-in-workers.ts';
import type { AnalyseRequest, BuildMessage, BuildRequest } from './build-protocol.ts';

/** Progress within a stage is posted at most this often: thousands of messages would flood the page. */
const PROGRESS_INTERVAL_MS = 50;

const post = (message: BuildMessage) => self.postMessage(message);

function progressPoster() {
  let last = { stage: '' as Stage | '', at: 0 };
  return (stage: Stage, done: number, total: number) => {
    const now = performance.now();
    if (stage === last.stage && done < total && now - last.at < PROGRESS_INTERVAL_MS) return;
    last = { stage, at: now };
    post({ type: 'progress', stage, done, total });
  };
}

async function build({ files, options }: BuildRequest) {
  const inputs = files.map(({ name, bytes }) => {
    const { input, notice } = readInputBytes(name, new Uint8Array(bytes));
    if (notice) post({ type: 'notice', text: notice });
    return input;
  });
  const result = await buildMap(inputs, options, {
    // Nested workers run this very script: import.meta.url is the built worker file.
    analyse: (papers, onProgress) => analysePapers(import.meta.url, papers, onProgress),
    onProgress: progressPoster(),
    versions: __PAPERMAP_VERSIONS__,
  });
  post({
    type: 'done',
    graphText: JSON.stringify(result.graph) + '\n',
    report: result.report,
    timings: result.timings,
  });
}

self.onmessage = (event: MessageEvent<BuildRequest | AnalyseRequest>) => {
  if (event.data.type === 'analyse') {
    analyseSliceHere(event.data, (m) => self.postMessage(m));
    return;
  }
  build(event.data).catch((error: unknown) => {
    const user =
      error instanceof InputError || error instanceof BuildError || error instanceof OptionsError;
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', message, user });
  });
};
