// papermap's command line: reads files, parses arguments, calls the core, writes files.
import { InputError } from '../core/ingest/index.ts';
import { OptionsError } from '../core/options.ts';
import { MapTooLargeError } from '../core/single-file-data.ts';
import { BuildError, buildMap } from '../core/pipeline.ts';
import { workerHooks } from './worker-hooks.ts';
import { parseCommand, USAGE, UsageError, type Command } from './args.ts';
import { createProgress } from './progress.ts';
import { readInputFile } from './read-inputs.ts';
import { injectGraph, loadSingleFileTemplate, TemplateError } from './single-file.ts';
import { formatRejections, formatSummary } from './summary.ts';
import { readVersions } from './versions.ts';
import { asGraphFile, wholeMap } from './read-map.ts';
import { writeMap, writeText } from './write-map.ts';

/** Exit code for a user's mistake (bad arguments, unreadable or unusable input). */
const USER_ERROR = 2;

export async function main(argv: string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.name === 'help') console.log(USAGE);
    else if (command.name === 'version') console.log((await readVersions()).papermap);
    else if (command.name === 'export') await exportSingleFile(command);
    else await build(command);
    return 0;
  } catch (error) {
    if (isUserError(error)) {
      console.error(`papermap: ${(error as Error).message}`);
      return USER_ERROR;
    }
    // A broken installation: not the user's doing, but nothing a stack trace would explain.
    if (error instanceof TemplateError) {
      console.error(`papermap: ${error.message}`);
      return 1;
    }
    // One line; the stack trace only when asked for.
    const message = String((error as Error).message ?? error).split('\n')[0];
    if (process.env.PAPERMAP_DEBUG) {
      console.error(`papermap: internal error: ${message}`);
      console.error(error);
    } else
      console.error(
        `papermap: internal error: ${message} (set PAPERMAP_DEBUG=1 to see the stack trace)`,
      );
    return 1;
  }
}

const isUserError = (error: unknown) =>
  error instanceof MapTooLargeError ||
  error instanceof UsageError ||
  error instanceof InputError ||
  error instanceof BuildError ||
  error instanceof OptionsError;

async function build(command: Extract<Command, { name: 'build' }>) {
  const started = performance.now();
  const result = await buildFromInputs(command);
  const written = await writeMap(command.output, result.graph, command.split);
  if (command.report) await writeText(command.report, JSON.stringify(result.report) + '\n');
  if (!command.quiet)
    console.log(formatSummary(result, command.output, performance.now() - started, written));
}

async function exportSingleFile(command: Extract<Command, { name: 'export' }>) {
  const only = command.inputs.length === 1 ? command.inputs[0]! : null;
  const map = only ? asGraphFile((await readInputFile(only, command.format)).text) : null;
  // A split map's map file is joined with its detail files: one file holds the whole map.
  const given = only && map ? await wholeMap(only, map) : null;
  // A graph file already has a title; --title, when given, replaces it (as it names a built map).
  const { title } = command.options;
  const graph = given
    ? { ...given, attributes: { ...given.attributes, title: title ?? given.attributes.title } }
    : (await buildFromInputs(command)).graph;
  const html = injectGraph(await loadSingleFileTemplate(), JSON.stringify(graph));
  await writeText(command.singleFile, html);
  if (!command.quiet) {
    const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
    console.log(`Wrote ${command.singleFile} (${kb} KB): open it in a browser, no server needed.`);
  }
}

async function buildFromInputs(command: Extract<Command, { name: 'build' | 'export' }>) {
  const inputs = [];
  for (const name of command.inputs) inputs.push(await readInputFile(name, command.format));
  const progress = createProgress(!command.quiet);
  let result;
  try {
    result = await buildMap(inputs, command.options, {
      ...workerHooks,
      onProgress: (stage, done, total) => progress.update(stage, done, total),
      versions: await readVersions(),
    });
  } finally {
    progress.stop();
  }
  for (const line of formatRejections(result)) console.error(line);
  return result;
}
