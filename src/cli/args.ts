// Parses the command line into a command and build options; every mistake is one clear line.
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, parseFormatName } from '../core/ingest/index.ts';
import type { BuildOptions } from '../core/options.ts';
import type { InputFormat } from '../core/types.ts';
import type { SplitMode } from './write-map.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | {
      name: 'build';
      inputs: string[];
      output: string;
      report: string | null;
      format: InputFormat | null;
      quiet: boolean;
      options: Partial<BuildOptions>;
      split: SplitMode;
    }
  | {
      /** A graph file, or paper files to build a map from first (with the build options). */
      name: 'export';
      inputs: string[];
      singleFile: string;
      format: InputFormat | null;
      quiet: boolean;
      options: Partial<BuildOptions>;
    };

export const USAGE = `Usage: papermap build <inputs...> -o <graph.json> [options]
       papermap export <graph.json | inputs...> --single-file <map.html> [options]

build: makes a topic map of research papers from one or more input files.
export: writes the map and its viewer as ONE self-contained HTML file (no server, no network);
  paper files are built into a map first, with the same options as build.
Formats (detected from the extension and the content): listing text (.txt), JSON, JSONL,
CSV, TSV, BibTeX (.bib), arXiv API Atom XML (.xml), RIS (.ris), PubMed (.nbib, .txt),
Web of Science plain text (.txt), OpenAlex API JSON, CSL-JSON.

Options:
  -o, --output <file>     where to write the graph file (required for build)
  --single-file <file>    export: where to write the HTML file (required for export)
  --clusters <k|auto>     number of clusters (default: auto)
  --neighbours <k>        links per paper to its nearest neighbours (default: 8)
  --seed <n>              seed for clustering and layout (default: 42)
  --format <name>         read every input as this format
  --title <text>          the map's title (default: the input file names)
  --report <file>         write a JSON report accounting for every input record
  --split                 build: write the map file and its papers' details apart (map.json +
                          map.details/), so that a browser shows the map before every abstract;
                          done anyway above 20 MB of map (--no-split: always one file)
  -q, --quiet             print nothing but errors
  -h, --help              show this help
  -v, --version           show the version`;

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        'single-file': { type: 'string' },
        clusters: { type: 'string' },
        neighbours: { type: 'string' },
        neighbors: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string' },
        title: { type: 'string' },
        report: { type: 'string' },
        split: { type: 'boolean' },
        'no-split': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // node:util's messages are already one line; drop its hint about positional arguments.
    throw new UsageError((error as Error).message.split('. To specify')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { name: 'help' };
  if (command !== 'build' && command !== 'export')
    throw new UsageError(`unknown command "${command}" (try: papermap build or papermap export)`);
  if (inputs.length === 0) throw new UsageError(`${command} needs at least one input file`);
  if (command === 'export') {
    if (!values['single-file'])
      throw new UsageError('export needs an output file: --single-file <map.html>');
    if (values.output !== undefined || values.report !== undefined)
      throw new UsageError('export writes only --single-file (use build for -o and --report)');
    if (values.split !== undefined || values['no-split'] !== undefined)
      throw new UsageError('--split belongs to build (a one-file map is never split)');
  } else if (!values.output) throw new UsageError('build needs an output file: -o <graph.json>');
  else if (values.split && values['no-split'])
    throw new UsageError('--split and --no-split contradict each other: give one');
  else if (values['single-file'] !== undefined)
    throw new UsageError('--single-file belongs to export (papermap export ... --single-file)');
  let format: InputFormat | null = null;
  if (values.format !== undefined) {
    format = parseFormatName(values.format);
    if (!format)
      throw new UsageError(
        `unknown format "${values.format}" (use ${FORMAT_NAMES.slice(0, -1).join(', ')} or ${FORMAT_NAMES.at(-1)})`,
      );
  }
  const clusters =
    values.clusters === undefined || values.clusters === 'auto'
      ? 'auto'
      : wholeNumber('--clusters', values.clusters);
  const options: Partial<BuildOptions> = {
    clusters,
    neighbours: wholeNumber('--neighbours', values.neighbours ?? values.neighbors),
    seed: wholeNumber('--seed', values.seed),
    title: values.title ?? null,
  };
  const quiet = values.quiet ?? false;
  if (command === 'export')
    return { name: 'export', inputs, singleFile: values['single-file']!, format, quiet, options };
  return {
    name: 'build',
    inputs,
    output: values.output!,
    report: values.report ?? null,
    format,
    quiet,
    options,
    split: values.split ? 'always' : values['no-split'] ? 'never' : 'auto',
  };
}
