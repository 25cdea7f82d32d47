// Which reader a file needs: from its extension, else from what its text looks like.
import type { InputFormat } from '../types.ts';
import { fieldForName } from './fields.ts';
import { looksLikeJsonLines } from './json.ts';
import { looksLikeListing } from './listing.ts';

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'listing',
  md: 'listing',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  bib: 'bibtex',
  bibtex: 'bibtex',
  xml: 'arxiv',
  atom: 'arxiv',
};

/** Names accepted by --format: the formats themselves and the words people use for them. */
const BY_NAME: Record<string, InputFormat> = {
  ...BY_EXTENSION,
  listing: 'listing',
  text: 'listing',
  markdown: 'listing',
  jsonlines: 'jsonl',
  'json-lines': 'jsonl',
  tab: 'tsv',
  biblatex: 'bibtex',
  arxiv: 'arxiv',
};

const lookup = (table: Record<string, InputFormat>, key: string): InputFormat | null =>
  Object.hasOwn(table, key) ? table[key] : null;

/** The format for a --format value such as "bib", "atom" or "txt"; null when unknown. */
export function parseFormatName(name: string): InputFormat | null {
  return lookup(BY_NAME, name.trim().toLowerCase().replace(/^\./, ''));
}

/** Whether the first line is a header with a title column, split by `delimiter`. */
function hasTitleHeader(firstLine: string, delimiter: string): boolean {
  if (!firstLine.includes(delimiter)) return false;
  return firstLine
    .split(delimiter)
    .some((cell) => fieldForName(cell.replace(/^\s*"|"\s*$/g, '')) === 'title');
}

/** Guesses the format of a text from its content alone; null when nothing fits. */
export function detectFormatFromContent(text: string): InputFormat | null {
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (!body) return null;
  if (body.startsWith('<')) return /<(?:[\w-]+:)?feed[\s>]/.test(body) ? 'arxiv' : null;
  if (body.startsWith('{') || body.startsWith('[')) {
    return body.startsWith('{') && looksLikeJsonLines(body) ? 'jsonl' : 'json';
  }
  if (/^\s*@\s*[a-z]+\s*[{(]/im.test(body)) return 'bibtex';
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (hasTitleHeader(firstLine, '\t')) return 'tsv';
  if (hasTitleHeader(firstLine, ',') || hasTitleHeader(firstLine, ';')) return 'csv';
  return looksLikeListing(body) ? 'listing' : null;
}

/**
 * The format of an input file: from its extension (.txt/.md listing, .json, .jsonl/.ndjson,
 * .csv, .tsv, .bib/.bibtex, .xml/.atom arXiv), else from its content; null when neither tells.
 */
export function detectFormat(fileName: string, text: string): InputFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const byExtension = dot > 0 ? lookup(BY_EXTENSION, base.slice(dot + 1).toLowerCase()) : null;
  return byExtension ?? detectFormatFromContent(text);
}
