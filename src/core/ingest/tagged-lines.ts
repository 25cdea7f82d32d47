// The tagged-line formats (RIS, PubMed/MEDLINE, Web of Science plain text) share one shape: a
// record is a run of lines "TAG<separator>value", a value may go on over indented or untagged
// lines, and records are closed by an end tag (ER) or a blank line. They differ only in the
// line syntax and the record boundaries, so each reader passes those and maps the tags itself.
import type { RawRecord, ReadResult } from '../types.ts';
import { InputError } from './errors.ts';
import { withText } from './has-text.ts';
import { prepareText } from './source.ts';

/** One tag of a record, with its value's lines as written (continuations not yet joined). */
export interface TaggedField {
  tag: string;
  lines: string[];
}

export interface TaggedRecord {
  /** 1-based line of the record's first tag. */
  line: number;
  fields: TaggedField[];
}

export interface TaggedSyntax {
  /** Matches a tag line: group 1 the tag, group 2 the value (absent for a bare "ER"). */
  tagLine: RegExp;
  /**
   * Matches a continuation line: group 1 its text. Lines that match neither pattern inside a
   * record continue the last value too: exports wrap and re-indent long values inconsistently.
   */
  continuation?: RegExp;
  /** Tags that start a new record (TY, PMID, PT): a second one closes the open record. */
  startTags: ReadonlySet<string>;
  /** Tags that close the open record (ER); their line is not part of it. */
  endTags?: ReadonlySet<string>;
  /** Tags that describe the file (FN, VR, EF): never part of a record, and they close one. */
  fileTags?: ReadonlySet<string>;
  /** True when a blank line closes the record (PubMed), false when blank lines mean nothing. */
  blankLineEnds: boolean;
}

/**
 * Cuts a text into tagged records. A tag line outside any record opens one even when its tag is
 * not a start tag (a record whose first line was lost is still a record); untagged text outside
 * records is ignored. Never throws.
 */
export function splitTaggedRecords(text: string, syntax: TaggedSyntax): TaggedRecord[] {
  const records: TaggedRecord[] = [];
  let open: TaggedRecord | undefined;
  let last: TaggedField | undefined;
  const close = (): void => {
    if (open?.fields.length) records.push(open);
    open = undefined;
    last = undefined;
  };

  prepareText(text)
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) {
        if (syntax.blankLineEnds) close();
        return;
      }
      const tagged = syntax.tagLine.exec(raw);
      if (tagged) {
        const tag = tagged[1];
        const value = (tagged[2] ?? '').trim();
        if (syntax.endTags?.has(tag)) return close();
        if (syntax.fileTags?.has(tag)) return close();
        if (syntax.startTags.has(tag) || !open) {
          close();
          open = { line: i + 1, fields: [] };
        }
        last = { tag, lines: value ? [value] : [] };
        open.fields.push(last);
        return;
      }
      if (!last) return;
      const continued = syntax.continuation?.exec(raw)?.[1] ?? raw;
      if (continued.trim()) last.lines.push(continued.trim());
    });
  close();
  return records;
}

/** A value's lines as one string: wrapped lines joined by a space. */
export const joinValue = (field: TaggedField): string => field.lines.join(' ').trim();

/** The first non-empty value of the first of `tags` that a record has, in the order of `tags`. */
export function firstValue(fields: TaggedField[], tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    for (const field of fields) {
      if (field.tag !== tag) continue;
      const value = joinValue(field);
      if (value) return value;
    }
  }
  return undefined;
}

/** Every non-empty value of `tags`, in file order. */
export const allValues = (fields: TaggedField[], tags: readonly string[]): string[] =>
  fields
    .filter((f) => tags.includes(f.tag))
    .map(joinValue)
    .filter(Boolean);

/**
 * The tags a reader does not map, as `extra` attributes: repeated tags joined with "; ". A Map
 * first, so a tag can never become an object's prototype key.
 */
export function extraFromTags(
  fields: TaggedField[],
  skip: (tag: string) => boolean,
): Record<string, string> {
  const extra = new Map<string, string>();
  for (const field of fields) {
    if (skip(field.tag)) continue;
    const value = joinValue(field);
    if (!value) continue;
    const before = extra.get(field.tag);
    extra.set(field.tag, before ? `${before}; ${value}` : value);
  }
  return Object.fromEntries(extra);
}

/** Keywords from values that may each hold one keyword or a "a; b" list; duplicates dropped. */
export function keywordList(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    for (const part of value.split(';')) {
      const keyword = part.replace(/\s+/g, ' ').trim();
      if (keyword && !seen.has(keyword.toLowerCase())) {
        seen.add(keyword.toLowerCase());
        out.push(keyword);
      }
    }
  }
  return out;
}

/**
 * Reads a tagged-line file with one format's syntax and tag mapping: each record becomes a raw
 * record or, with neither a title nor an abstract, a rejection with its line. A text with no
 * record at all is not of this format: an InputError saying what was expected.
 */
export function readTaggedFile(
  text: string,
  file: string,
  syntax: TaggedSyntax,
  toRecord: (tagged: TaggedRecord, file: string, index: number) => RawRecord,
  expected: string,
): ReadResult {
  const tagged = splitTaggedRecords(text, syntax);
  if (!tagged.length) throw new InputError(file, expected);
  const result: ReadResult = { records: [], rejected: [] };
  tagged.forEach((t, index) => {
    const item = withText(toRecord(t, file, index));
    if ('reason' in item) result.rejected.push(item);
    else result.records.push(item);
  });
  return result;
}
