// JSON (an array of records, or an object holding one) and JSON Lines (one record per line).
import type { RawRecord, ReadResult, RecordLocation, RejectedRecord } from '../types.ts';
import { InputError } from './errors.ts';
import { recordFromPairs } from './fields.ts';
import { withText } from './has-text.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { LineIndex, prepareText } from './source.ts';

/**
 * Keys under which an object wraps its list of records: our own `papers`, and the wrappers of
 * common APIs (`data`: Semantic Scholar, `results`: OpenAlex, `items`: Crossref's message).
 */
const WRAPPER_KEYS = ['papers', 'records', 'items', 'data', 'results'];

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A string or finite number as trimmed one-line text; undefined for anything else or blank. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/** "unexpected "}" at line 4, column 2" for a text JSON.parse refused. */
function syntaxProblem(text: string, engineMessage: string): string {
  const found = findJsonSyntaxError(text);
  if (!found) return engineMessage;
  const lines = new LineIndex(text);
  return `${found.problem} at line ${lines.lineOf(found.offset)}, column ${lines.columnOf(found.offset)}`;
}

/** A record from one parsed item, or why it is not one. */
function recordFromItem(item: unknown, location: RecordLocation): RawRecord | RejectedRecord {
  if (!isObject(item)) return { location, reason: 'not an object' };
  return withText(recordFromPairs(Object.entries(item), location));
}

export const collect = (result: ReadResult, item: RawRecord | RejectedRecord): void => {
  if ('reason' in item) result.rejected.push(item);
  else result.records.push(item);
};

/** The array of records inside a parsed JSON document, or undefined if there is none. */
export function recordList(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return undefined;
  for (const key of WRAPPER_KEYS) {
    const value = doc[key];
    if (Array.isArray(value)) return value;
    // Crossref wraps twice: { "message": { "items": [...] } }.
    if (key === 'items' && isObject(doc['message'])) {
      const inner = recordList(doc['message']);
      if (inner) return inner;
    }
  }
  // A single paper on its own is a list of one.
  return 'title' in doc || 'abstract' in doc ? [doc] : undefined;
}

/** Parses a whole JSON document; throws an InputError saying where it stops being JSON. */
export function parseJsonDocument(text: string, file: string): unknown {
  const source = prepareText(text);
  try {
    return JSON.parse(source);
  } catch (err) {
    const hint = looksLikeJsonLines(source) ? '; it looks like JSON Lines: use --format jsonl' : '';
    throw new InputError(file, `not valid JSON (${syntaxProblem(source, String(err))})${hint}`);
  }
}

/** Reads a JSON document; throws InputError when it is not JSON or holds no list of records. */
export function readJson(text: string, file: string): ReadResult {
  const items = recordList(parseJsonDocument(text, file));
  if (!items) {
    throw new InputError(file, 'expected an array of records or an object with a "papers" array');
  }
  const result: ReadResult = { records: [], rejected: [] };
  items.forEach((item, index) => collect(result, recordFromItem(item, { file, index })));
  return result;
}

/** Reads JSON Lines: a line that is not a JSON object is rejected and the rest still read. */
export function readJsonl(text: string, file: string): ReadResult {
  const result: ReadResult = { records: [], rejected: [] };
  let index = 0;
  let parsedAny = false;
  prepareText(text)
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      const location = { file, line: i + 1, index: index++ };
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch (err) {
        const problem = syntaxProblem(line, String(err)).replace(
          / at line 1, column/,
          ' at column',
        );
        result.rejected.push({ location, reason: `not valid JSON (${problem})` });
        return;
      }
      parsedAny = true;
      collect(result, recordFromItem(item, location));
    });
  if (!parsedAny && result.rejected.length) {
    const first = result.rejected[0];
    throw new InputError(file, `not JSON Lines (line ${first.location.line}: ${first.reason})`);
  }
  return result;
}

/**
 * Two or more lines, the first a JSON object on its own and most of the first five too (one
 * broken line does not make a JSON Lines file something else).
 */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 5);
  const isObjectLine = (line: string): boolean => {
    if (!line.startsWith('{')) return false;
    try {
      return isObject(JSON.parse(line));
    } catch {
      return false;
    }
  };
  if (lines.length < 2 || !isObjectLine(lines[0])) return false;
  return lines.filter(isObjectLine).length * 2 > lines.length;
}
