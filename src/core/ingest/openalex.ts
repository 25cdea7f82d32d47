// OpenAlex works, as its API returns them (https://api.openalex.org/works?filter=…, saved to a
// file: { "meta": …, "results": [...] }) or one work (/works/W…). Read as generic JSON they lose
// their abstracts, which OpenAlex ships as an inverted index (word -> positions) for legal reasons.
import { parseCitations } from '../paper-fields.ts';
import type { RawRecord, ReadResult, RecordLocation, RejectedRecord } from '../types.ts';
import { arxivIdFromAbsUrl } from './arxiv.ts';
import { dropUndefined } from './compact.ts';
import { InputError } from './errors.ts';
import { withText } from './has-text.ts';
import { collect, isObject, parseJsonDocument, recordList, scalarText as text } from './json.ts';

type Json = Record<string, unknown>;

const objectAt = (value: unknown, key: string): Json | undefined =>
  isObject(value) && isObject(value[key]) ? value[key] : undefined;

/** No abstract has this many words: a larger position is corrupt data, and is skipped. */
const MAX_POSITION = 100_000;

/**
 * The abstract from `abstract_inverted_index` ({ "Sparse": [0, 7], "models": [1] }): each word
 * at its positions, in order. Malformed positions are skipped, not trusted to size an array.
 */
export function abstractFromInvertedIndex(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const placed: [number, string][] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions) {
      if (Number.isInteger(p) && p >= 0 && p <= MAX_POSITION) placed.push([p as number, word]);
    }
  }
  placed.sort((a, b) => a[0] - b[0]);
  return text(placed.map(([, word]) => word).join(' '));
}

function authorsOf(work: Json): string[] | undefined {
  const authorships = Array.isArray(work['authorships']) ? work['authorships'] : [];
  const names = authorships
    .map(
      (a) =>
        text(objectAt(a, 'author')?.['display_name']) ??
        text(isObject(a) ? a['raw_author_name'] : undefined),
    )
    .filter((n): n is string => !!n);
  return names.length ? names : undefined;
}

/** An arXiv id from any of the work's locations (arXiv is one of them for most ML preprints). */
function arxivIdOf(work: Json): string | undefined {
  const locations = Array.isArray(work['locations']) ? work['locations'] : [];
  for (const location of [work['primary_location'], ...locations]) {
    const url = text(isObject(location) ? location['landing_page_url'] : undefined);
    const id = url && /arxiv\.org\//i.test(url) ? arxivIdFromAbsUrl(url) : undefined;
    if (id) return id;
  }
  return undefined;
}

function recordFromWork(work: unknown, location: RecordLocation): RawRecord | RejectedRecord {
  if (!isObject(work)) return { location, reason: 'not an object' };
  const openAlexId = text(work['id'])?.replace(/^https?:\/\/openalex\.org\//i, '');
  if (openAlexId) location.key = openAlexId;
  const primary = objectAt(work, 'primary_location');
  const cited = work['cited_by_count'];
  const extra: Record<string, string> = {};
  if (openAlexId) extra['openalex'] = openAlexId;
  const type = text(work['type']);
  if (type) extra['type'] = type;
  const topic = text(objectAt(work, 'primary_topic')?.['display_name']);
  if (topic) extra['topic'] = topic;
  const record = dropUndefined<RawRecord>({
    location,
    title: text(work['display_name']) ?? text(work['title']),
    abstract: abstractFromInvertedIndex(work['abstract_inverted_index']) ?? text(work['abstract']),
    authors: authorsOf(work),
    year: text(work['publication_year']) ?? text(work['publication_date']),
    // host_venue is the API's older (pre-2023) name for the source.
    venue:
      text(objectAt(primary, 'source')?.['display_name']) ??
      text(objectAt(work, 'host_venue')?.['display_name']),
    url: text(primary?.['landing_page_url']) ?? text(work['doi']),
    doi: text(work['doi']),
    arxivId: arxivIdOf(work),
    citations: typeof cited === 'number' ? (parseCitations(cited) ?? undefined) : undefined,
    extra,
  });
  return withText(record);
}

/** Reads an OpenAlex response or work; throws an InputError for an API error or other JSON. */
export function readOpenAlex(source: string, file: string): ReadResult {
  const doc = parseJsonDocument(source, file);
  if (isObject(doc) && typeof doc['error'] === 'string') {
    throw new InputError(file, `OpenAlex API error: ${text(doc['message']) ?? text(doc['error'])}`);
  }
  // `results` is the API's wrapper; the generic wrappers (`papers`, `data`, …) are accepted too,
  // so a file the content detection took for OpenAlex reads whatever its wrapper.
  const works = recordList(doc) ?? (isObject(doc) && 'display_name' in doc ? [doc] : undefined);
  if (!works) {
    throw new InputError(
      file,
      'not an OpenAlex response (expected { "results": [...] } or a work)',
    );
  }
  const result: ReadResult = { records: [], rejected: [] };
  works.forEach((work, index) => collect(result, recordFromWork(work, { file, index })));
  return result;
}

/** OpenAlex's own keys or work ids near the start of a JSON text. */
export const looksLikeOpenAlex = (body: string): boolean =>
  /"(?:abstract_inverted_index|authorships|cited_by_count)"\s*:|"https:\/\/openalex\.org\/W\d+"/.test(
    body.slice(0, 20_000),
  );
