// CSL-JSON, the citation processors' data format, as Zotero ("Export → CSL JSON"), Mendeley and
// Better BibTeX write it: an array of items with author[{family, given}], issued.date-parts,
// container-title, DOI, URL, abstract. The generic JSON reader would take an item's `id` (a
// citation key or a Zotero item URL, local to one library) for the paper's id; here it is the
// record's key, and names keep their particles ("van der", "de").
import type { RawRecord, ReadResult, RecordLocation, RejectedRecord } from '../types.ts';
import { dropUndefined } from './compact.ts';
import { InputError } from './errors.ts';
import { splitKeywords } from './fields.ts';
import { withText } from './has-text.ts';
import { collect, isObject, parseJsonDocument, recordList, scalarText as text } from './json.ts';

/** "Ludwig van Beethoven": given, particles, family, suffix; a `literal` name as it is. */
function personName(person: unknown): string {
  if (!isObject(person)) return text(person) ?? '';
  const literal = text(person['literal']);
  if (literal) return literal;
  return ['given', 'dropping-particle', 'non-dropping-particle', 'family', 'suffix']
    .map((part) => text(person[part]))
    .filter(Boolean)
    .join(' ');
}

/** The year of a CSL date: date-parts [[2020, 5, 1]] (numbers or strings), else raw or literal. */
function yearOf(date: unknown): string | undefined {
  if (!isObject(date)) return text(date);
  const parts = date['date-parts'];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? text(parts[0][0]) : undefined;
  return first ?? text(date['raw']) ?? text(date['literal']) ?? text(date['season']);
}

/** Fields mapped to RawRecord, and `id` (the record's key); the rest go to `extra`. */
const MAPPED = new Set(
  'id title abstract author issued container-title collection-title event-title event publisher DOI URL keyword'.split(
    ' ',
  ),
);

function recordFromItem(item: unknown, location: RecordLocation): RawRecord | RejectedRecord {
  if (!isObject(item)) return { location, reason: 'not an object' };
  const key = text(item['id']) ?? text(item['citation-key']);
  // Zotero's ids are item URLs: the last segment is the part a person recognises.
  if (key) location.key = key.replace(/^https?:\/\/\S*\/items\//, '');
  const authors = (Array.isArray(item['author']) ? item['author'] : [])
    .map(personName)
    .filter(Boolean);
  const keywords = splitKeywords(item['keyword']);
  const extra = new Map<string, string>();
  for (const [name, value] of Object.entries(item)) {
    const scalar = typeof value === 'string' || typeof value === 'number' ? text(value) : undefined;
    if (!MAPPED.has(name) && scalar) extra.set(name, scalar);
  }
  return withText(
    dropUndefined<RawRecord>({
      location,
      title: text(item['title']),
      abstract: text(item['abstract']),
      authors: authors.length ? authors : undefined,
      year: yearOf(item['issued']),
      venue:
        text(item['container-title']) ??
        text(item['event-title']) ??
        text(item['event']) ??
        text(item['collection-title']) ??
        // Zotero writes a preprint's server as its publisher ("arXiv"), as BibTeX does.
        text(item['publisher']),
      url: text(item['URL']),
      doi: text(item['DOI']),
      keywords: keywords.length ? keywords : undefined,
      extra: Object.fromEntries(extra),
    }),
  );
}

/** Reads CSL-JSON: an array of items, or one item; throws InputError for other JSON. */
export function readCslJson(source: string, file: string): ReadResult {
  const doc = parseJsonDocument(source, file);
  // Exports are a bare array; a wrapped list ({ "items": [...] }) or one item is read too.
  const items = recordList(doc) ?? (isObject(doc) && 'type' in doc ? [doc] : undefined);
  if (!items) throw new InputError(file, 'not CSL-JSON (expected an array of items)');
  const result: ReadResult = { records: [], rejected: [] };
  items.forEach((item, index) => collect(result, recordFromItem(item, { file, index })));
  return result;
}

/** CSL's hyphenated keys or person objects near the start of a JSON text. */
export const looksLikeCslJson = (body: string): boolean =>
  /"(?:container-title|issued|citation-key|title-short)"\s*:|"author"\s*:\s*\[\s*\{\s*"(?:family|given|literal)"/.test(
    body.slice(0, 20_000),
  );
