// CSV and TSV with a header row, as spreadsheets and reference managers export them.
import Papa from 'papaparse';
import type { ReadResult } from '../types.ts';
import { InputError } from './errors.ts';
import { fieldForName, recordFromPairs } from './fields.ts';
import { withText } from './has-text.ts';
import { LineIndex, prepareText } from './source.ts';

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter the header line uses most, outside quotes; "," when none appears. The header is
 * the reliable place to look: its cells are short names, while data cells are full of commas.
 */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && CANDIDATE_DELIMITERS.includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const d of CANDIDATE_DELIMITERS)
    if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

const hasTextColumn = (header: string[]): boolean =>
  header.some((name) => fieldForName(name) === 'title' || fieldForName(name) === 'abstract');

const isEmptyRow = (row: string[]): boolean => row.every((cell) => cell.trim() === '');

/**
 * Reads delimited text. `delimiter` is "\t" for .tsv files; left out, it is detected from the
 * header. Line numbers are the file's: the header is line 1, and a quoted cell spanning several
 * lines moves the next rows' numbers on (each row's start offset comes from papaparse's cursor).
 */
export function readDelimited(text: string, file: string, delimiter?: string): ReadResult {
  const source = prepareText(text);
  const lines = new LineIndex(source);
  const result: ReadResult = { records: [], rejected: [] };
  let header: string[] | undefined;
  let rowStart = 0;
  let index = 0;

  Papa.parse<string[]>(source, {
    delimiter: delimiter ?? detectDelimiter(source),
    newline: '\n',
    skipEmptyLines: false,
    step: (step, parser) => {
      const row = step.data;
      const line = lines.lineOf(rowStart);
      rowStart = step.meta.cursor;
      if (isEmptyRow(row)) return;
      if (!header) {
        header = row.map((name, i) => name.trim() || `column ${i + 1}`);
        // Without a title or an abstract column no row can become a paper: stop, and say so below.
        if (!hasTextColumn(header)) parser.abort();
        return;
      }
      const location = { file, line, index: index++ };
      const quoteError = step.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        result.rejected.push({
          location,
          reason: `malformed row (${quoteError.message.toLowerCase()})`,
        });
        return;
      }
      const names = header;
      const pairs = row.map((cell, i): [string, unknown] => [names[i] ?? `column ${i + 1}`, cell]);
      const record = withText(recordFromPairs(pairs, location));
      if ('reason' in record) result.rejected.push(record);
      else result.records.push(record);
    },
  });

  if (!header) throw new InputError(file, 'no header row (the first line must name the columns)');
  if (!hasTextColumn(header)) {
    const shown = header
      .slice(0, 8)
      .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name))
      .join(', ');
    const more = header.length > 8 ? ', …' : '';
    throw new InputError(
      file,
      `no "title" or "abstract" column in the header (columns: ${shown}${more})`,
    );
  }
  return result;
}

export const readCsv = (text: string, file: string): ReadResult => readDelimited(text, file);
export const readTsv = (text: string, file: string): ReadResult => readDelimited(text, file, '\t');
