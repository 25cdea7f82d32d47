// Parses the command line into a command and build options; every mistake is one clear line.
import { parseArgs } from 'node:util';
import { parseFormatName } from '../core/ingest/index.ts';
import type { BuildOptions } from '../core/options.ts';
import type { InputFormat } from '../core/types.ts';

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
    };

export const USAGE = `Usage: papermap build <inputs...> -o <graph.json> [options]

Builds a topic map of research papers from one or more input files.
Formats (detected from the extension and the content): listing text (.txt), JSON, JSONL,
CSV, TSV, BibTeX (.bib), arXiv API Atom XML (.xml).

Options:
  -o, --output <file>     where to write the graph file (required)
  --clusters <k|auto>     number of clusters (default: auto)
  --neighbours <k>        links per paper to its nearest neighbours (default: 8)
  --seed <n>              seed for clustering and layout (default: 42)
  --format <name>         read every input as this format
  --title <text>          the map's title (default: the input file names)
  --report <file>         write a JSON report accounting for every input record
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
        clusters: { type: 'string' },
        neighbours: { type: 'string' },
        neighbors: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string' },
        title: { type: 'string' },
        report: { type: 'string' },
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
  if (command !== 'build')
    throw new UsageError(`unknown command "${command}" (try: papermap build)`);
  if (inputs.length === 0) throw new UsageError('build needs at least one input file');
  if (!values.output) throw new UsageError('build needs an output file: -o <graph.json>');
  let format: InputFormat | null = null;
  if (values.format !== undefined) {
    format = parseFormatName(values.format);
    if (!format)
      throw new UsageError(
        `unknown format "${values.format}" (use listing, json, jsonl, csv, tsv, bibtex or arxiv)`,
      );
  }
  const clusters =
    values.clusters === undefined || values.clusters === 'auto'
      ? 'auto'
      : wholeNumber('--clusters', values.clusters);
  return {
    name: 'build',
    inputs,
    output: values.output,
    report: values.report ?? null,
    format,
    quiet: values.quiet ?? false,
    options: {
      clusters,
      neighbours: wholeNumber('--neighbours', values.neighbours ?? values.neighbors),
      seed: wholeNumber('--seed', values.seed),
      title: values.title ?? null,
    },
  };
}
