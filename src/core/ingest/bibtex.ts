// BibTeX / BibLaTeX, as Zotero, JabRef and Google Scholar export it. @retorquere/bibtex-parser
// does the hard part (LaTeX accents and commands to Unicode, names, @string macros); this module
// maps its entries to records and turns its errors into rejected records with a line and key.
import { parse, type Creator, type Entry, type Library } from '@retorquere/bibtex-parser';
import { parseCitations } from '../paper-fields.ts';
import type { RawRecord, ReadResult, RejectedRecord } from '../types.ts';
import { InputError } from './errors.ts';
import { withText } from './has-text.ts';
import { setAsideUnclosed, UNCLOSED_REASON } from './bibtex-unclosed.ts';
import { LineIndex, prepareText } from './source.ts';

/** Fields mapped to RawRecord, or not worth keeping in `extra` (Zotero's local file paths). */
const CONSUMED = new Set(
  'title abstract author year date journal journaltitle booktitle publisher doi url eprint archiveprefix eprinttype keywords file citations'.split(
    ' ',
  ),
);
const NOT_RECORDS = new Set(['string', 'comment', 'preamble']);
const ARXIV_IN_TEXT = /arxiv[:\s]*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[a-z]{2})?\/\d{7})/i;

/**
 * The parser writes rich text as HTML-like markup (<i>, <span class="nocase">, <a href>); papermap
 * wants plain NFC text. \href{url}{label} keeps its URL: "label (url)".
 */
export function markupToText(s: string): string {
  return (
    s
      .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_m, url: string, label: string) =>
        label === url || !label ? url : `${label} (${url})`,
      )
      .replace(/<\/?(?:br|p|li)\s*\/?>/g, ' ')
      .replace(
        /<\/?(?:i|b|code|sc|nc|ncx|sup|sub)>|<span(?: (?:class|style)="[^"]*")?>|<\/span>/g,
        '',
      )
      // The parser builds accents from combining marks (c + ̧); composed letters compare equal.
      .normalize('NFC')
  );
}

const fieldText = (value: unknown): string | undefined => {
  const text = typeof value === 'string' ? markupToText(value).trim() : '';
  return text || undefined;
};

function creatorName(c: Creator): string {
  if (c.name) return markupToText(c.name).trim();
  if (!c.firstName && c.lastName?.toLowerCase() === 'others') return '';
  return markupToText(
    [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' '),
  ).trim();
}

function arxivIdOf(fields: Record<string, unknown>, venue: string | undefined): string | undefined {
  const archive = String(fields['archiveprefix'] ?? fields['eprinttype'] ?? '');
  const eprint = fieldText(fields['eprint']);
  if (eprint && /arxiv/i.test(archive)) return eprint;
  // Google Scholar writes arXiv preprints as journal = {arXiv preprint arXiv:2001.01234}.
  return venue?.match(ARXIV_IN_TEXT)?.[1];
}

function recordFromEntry(entry: Entry, location: RawRecord['location']): RawRecord {
  const f = entry.fields as Record<string, unknown>;
  const publisher = Array.isArray(f['publisher'])
    ? (f['publisher'] as string[]).join(', ')
    : undefined;
  const venue =
    fieldText(f['journal']) ??
    fieldText(f['journaltitle']) ??
    fieldText(f['booktitle']) ??
    fieldText(publisher);
  const extra: Record<string, string> = { entryType: entry.type };
  for (const [name, value] of Object.entries(f)) {
    const text = fieldText(value);
    if (!CONSUMED.has(name) && text && !name.includes('+duplicate-')) extra[name] = text;
  }
  const authors = (Array.isArray(f['author']) ? (f['author'] as Creator[]) : [])
    .map(creatorName)
    .filter(Boolean);
  const keywords = Array.isArray(f['keywords'])
    ? (f['keywords'] as string[]).map(markupToText)
    : [];
  const record: RawRecord = {
    location,
    title: fieldText(f['title']),
    abstract: fieldText(f['abstract']),
    authors: authors.length ? authors : undefined,
    year: fieldText(f['year']) ?? fieldText(f['date']),
    venue,
    url: fieldText(f['url']),
    doi: fieldText(f['doi']),
    arxivId: arxivIdOf(f, venue),
    keywords: keywords.length ? keywords : undefined,
    // Not a standard field, but some exporters (and hand-made files) write `citations = {12}`.
    citations: parseCitations(fieldText(f['citations'])) ?? undefined,
    extra,
  };
  for (const key of Object.keys(record) as (keyof RawRecord)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}

/**
 * Finds raw entry texts in the source in order: each list is in file order, so search onwards.
 * A text that ends in a word is only found where the word ends too (a broken entry's "@i" is
 * not the start of "@inproceedings" further up), and a place another text was found at (an
 * entry, for an error's text) is not found again: every finder shares `claimed`.
 */
function offsetFinder(source: string, claimed: Set<number>): (text: string) => number {
  let cursor = 0;
  const find = (text: string, from: number) => {
    const cut = /[\w-]$/.test(text);
    for (let at = source.indexOf(text, from); at !== -1; at = source.indexOf(text, at + 1))
      if (!claimed.has(at) && (!cut || !/[\w-]/.test(source[at + text.length] ?? ''))) return at;
    return -1;
  };
  return (text) => {
    let at = find(text, cursor);
    if (at === -1) at = find(text, 0);
    if (at !== -1) {
      cursor = at + 1;
      claimed.add(at);
    }
    return at;
  };
}

/** 'Token mismatch, expected "}", found "year = …"... at line 43, column 2 in "article"' -> 'expected "}" at line 43, column 2'. */
const cleanParserMessage = (message: string): string =>
  message
    .split('\n')[0]
    .replace(/^Token mismatch, /, '')
    .replace(/, found ".*?"\.\.\./, '')
    .replace(/ in "[\w-]+"$/, '');

function parseLibrary(source: string, file: string): Library {
  try {
    // Titles stay as written (no sentence-casing); unknown LaTeX commands are dropped, keeping
    // their arguments, rather than failing the whole entry.
    return parse(source, { sentenceCase: false, unsupported: 'ignore' });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError(file, `could not read BibTeX (${message.split('\n')[0]})`);
  }
}

/**
 * JabRef and hand-edited files have abstracts with a lone $ ("costs 5$", a formula missing its
 * closing $), which the parser takes for an unclosed formula, rejecting the whole entry. Those
 * entries get their $ signs escaped so that a second parse reads them as text; other entries
 * are left as they are. Undefined when no entry needs it. Escaping adds no line, so the lines
 * reported stay the file's.
 */
function withLiteralDollars(source: string, library: Library): string | undefined {
  let changed = source;
  let from = 0;
  for (const error of library.errors) {
    const input = error.input ?? '';
    if (!/\bmath\b/i.test(error.error) || !input.includes('$')) continue;
    const at = changed.indexOf(input, from);
    if (at === -1) continue;
    const escaped = input.replace(/(?<!\\)\$/g, '\\$');
    changed = changed.slice(0, at) + escaped + changed.slice(at + input.length);
    from = at + escaped.length;
  }
  return changed === source ? undefined : changed;
}

/** Parses the file, a second time with literal $ signs if an entry failed for an unclosed formula. */
function parseLeniently(text: string, file: string): { source: string; library: Library } {
  const source = prepareText(text);
  const library = parseLibrary(source, file);
  const lenient = withLiteralDollars(source, library);
  if (!lenient) return { source, library };
  try {
    return { source: lenient, library: parseLibrary(lenient, file) };
  } catch {
    return { source, library };
  }
}

/** Reads BibTeX; a malformed entry is rejected with its line and key, and the rest still read. */
export function readBibtex(text: string, file: string): ReadResult {
  const aside = setAsideUnclosed(prepareText(text));
  const { source, library } = parseLeniently(aside.source, file);
  const lines = new LineIndex(source);
  const found: { offset: number; make: (index: number) => RawRecord | RejectedRecord }[] =
    aside.unclosed.map(({ offset, line, key }) => ({
      offset,
      make: (index) => ({
        location: { file, line, index, ...(key ? { key } : {}) },
        reason: UNCLOSED_REASON,
      }),
    }));

  const claimed = new Set(aside.unclosed.map((u) => u.offset));
  const findEntry = offsetFinder(source, claimed);
  for (const entry of library.entries) {
    // An entry with no input text is the half-read start of a malformed one; its error places
    // and reports it (bibtex-accounting.test.ts fuzzes that every entry's line is accounted for).
    if (!entry.input) continue;
    const offset = findEntry(entry.input);
    found.push({
      offset,
      make: (index) => {
        const location = {
          file,
          line: offset >= 0 ? lines.lineOf(offset) : undefined,
          key: entry.key || undefined,
          index,
        };
        return withText(recordFromEntry(entry, location));
      },
    });
  }

  const findSyntaxError = offsetFinder(source, claimed);
  const findFieldError = offsetFinder(source, claimed);
  for (const error of library.errors) {
    const input = error.input?.trimEnd() ?? '';
    const directive = /^@\s*([\w-]+)/.exec(input)?.[1]?.toLowerCase();
    // Errors without an entry's text are warnings about one field (an odd name); the entry is kept.
    if (!directive || NOT_RECORDS.has(directive)) continue;
    const fieldError = error.error.includes(`\n${input}`);
    const offset = (fieldError ? findFieldError : findSyntaxError)(input);
    const key = /^@\s*[\w-]+\s*[{(]\s*([^,\s{}()=]+)\s*,/.exec(input)?.[1];
    const reason = `malformed entry (${cleanParserMessage(error.error)})`;
    found.push({
      offset,
      make: (index) => ({
        location: { file, line: offset >= 0 ? lines.lineOf(offset) : undefined, key, index },
        reason,
      }),
    });
  }

  if (!found.length && !/@\s*[\w-]+\s*[{(]/.test(source)) {
    throw new InputError(
      file,
      'no BibTeX entries found (expected entries such as @article{key, ...})',
    );
  }
  found.sort((a, b) => a.offset - b.offset);
  const result: ReadResult = { records: [], rejected: [] };
  found.forEach(({ make }, index) => {
    const item = make(index);
    if ('reason' in item) result.rejected.push(item);
    else result.records.push(item);
  });
  return result;
}
