// The field names papermap understands in JSON keys and CSV headers, and how their values become
// RawRecord fields. JSON and CSV share this table so the two formats accept the same names.
import type { RawRecord, RecordLocation } from '../types.ts';
import { parseCitations } from '../paper-fields.ts';
import { authorsFromValue } from './authors.ts';

type TextField = 'title' | 'abstract' | 'venue' | 'url' | 'doi' | 'id' | 'arxivId';
type Field = TextField | 'authors' | 'year' | 'keywords' | 'citations';

/**
 * Accepted names per field, best first: when a record has two of them (`abstract` and
 * `summary`), the first non-empty one wins and the other is kept in `extra`. Besides the
 * documented aliases this accepts the column names of Zotero's CSV export ("Abstract Note",
 * "Publication Title", "Publication Year"), Scopus ("Source title", "Author Keywords") and
 * CSL-JSON ("container-title", "issued"), and the citation counts of Semantic Scholar
 * (`citationCount`), OpenAlex (`cited_by_count`) and Scopus ("Cited by").
 * `keyphrases`, `label` and the like are deliberately absent: they are the gold answers of
 * evaluation datasets and must never feed the map as author keywords.
 */
const ALIASES: Record<Field, string[]> = {
  title: ['title'],
  abstract: ['abstract', 'summary', 'description', 'abstract note'],
  authors: ['authors', 'author'],
  year: ['year', 'date', 'published', 'issued', 'publication year'],
  venue: [
    'venue',
    'journal',
    'booktitle',
    'conference',
    'container title',
    'publication title',
    'source title',
  ],
  url: ['url', 'link'],
  doi: ['doi'],
  id: ['id'],
  arxivId: ['arxiv', 'arxiv id', 'arxivid'],
  keywords: ['keywords', 'author keywords'],
  // Names are compared after normaliseFieldName: "citationCount" is "citationcount".
  citations: ['citations', 'cited by', 'citationcount', 'cited by count', 'citation count'],
};

/** Key spelling differences that do not matter: case, `_`, `-` and spaces. */
export const normaliseFieldName = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const FIELD_BY_NAME = new Map<string, { field: Field; rank: number }>();
for (const [field, names] of Object.entries(ALIASES) as [Field, string[]][]) {
  names.forEach((name, rank) => FIELD_BY_NAME.set(name, { field, rank }));
}

/** Which RawRecord field a key or column name feeds, if any. */
export function fieldForName(name: string): Field | undefined {
  return FIELD_BY_NAME.get(normaliseFieldName(name))?.field;
}

/** Keywords from a "a; b" / "a, b" string or an array of strings. */
export function splitKeywords(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? value.split(value.includes(';') ? ';' : ',')
      : [];
  return parts.map((k) => k.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A scalar as text; arrays of strings (Crossref's `title: ["…"]`) give their first entry. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(textOf).find((v) => v !== undefined);
  return undefined;
}

/** A year or a date: numbers, strings, CSL `{ "date-parts": [[2020, 1]] }`. */
function yearOf(value: unknown): string | number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.length ? yearOf(value[0]) : undefined;
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return yearOf(v['date-parts'] ?? v['raw'] ?? v['literal']);
  }
  return undefined;
}

function convert(field: Field, value: unknown): RawRecord[Field] {
  if (field === 'authors') return nonEmpty(authorsFromValue(value));
  if (field === 'keywords') return nonEmpty(splitKeywords(value));
  if (field === 'year') return yearOf(value);
  // A count that is no count ("n/a") is left undefined, so the pair is kept in `extra`.
  if (field === 'citations')
    return typeof value === 'string' || typeof value === 'number'
      ? (parseCitations(value) ?? undefined)
      : undefined;
  return textOf(value);
}

const nonEmpty = (list: string[]): string[] | undefined => (list.length ? list : undefined);

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Builds a record from key/value pairs (a JSON object's entries, a CSV row with its header).
 * Known names fill their field; everything else that is a non-empty scalar goes to `extra`
 * under its original name. Arrays and objects of unknown fields are dropped: `extra` holds strings.
 */
export function recordFromPairs(pairs: [string, unknown][], location: RecordLocation): RawRecord {
  const converted = pairs.map(([name, value]) => {
    const known = FIELD_BY_NAME.get(normaliseFieldName(name));
    return known ? { ...known, value: convert(known.field, value) } : undefined;
  });
  // The pair chosen for each field: the best-ranked alias that has a usable value.
  const chosen = new Map<Field, number>();
  converted.forEach((c, i) => {
    if (c?.value === undefined) return;
    const current = chosen.get(c.field);
    if (current === undefined || c.rank < converted[current]!.rank) chosen.set(c.field, i);
  });

  const record: RawRecord = { location };
  for (const [field, i] of chosen) {
    (record as unknown as Record<string, unknown>)[field] = converted[i]?.value;
  }
  const used = new Set(chosen.values());
  // A Map, not an object literal: keys such as "constructor" or "__proto__" must stay plain data.
  const extra = new Map<string, string>();
  pairs.forEach(([name, value], i) => {
    if (used.has(i) || !isScalar(value)) return;
    const text = String(value).trim();
    if (text && !extra.has(name)) extra.set(name, text);
  });
  if (extra.size) record.extra = Object.fromEntries(extra);
  return record;
}
