// The arXiv API's Atom response (http://export.arxiv.org/api/query?...), saved to a file.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawRecord, ReadResult, RejectedRecord } from '../types.ts';
import { InputError } from './errors.ts';
import { withText } from './has-text.ts';
import { LineIndex, prepareText } from './source.ts';

type Node = Record<string, unknown>;

const REPEATED = new Set(['entry', 'author', 'link', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // arxiv:doi and atom:feed become doi and feed: the reader does not care who defined a tag.
  removeNSPrefix: true,
  // Ids such as 2401.01234 must stay strings, not become numbers.
  parseTagValue: false,
  // One author gives an object, several an array; always ask for arrays.
  isArray: (name) => REPEATED.has(name),
});

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Text of an element that may carry attributes (`<title type="html">` gives { "#text": … }). */
function textOf(value: unknown): string | undefined {
  const raw = isNode(value) ? value['#text'] : value;
  const text =
    typeof raw === 'string' || typeof raw === 'number'
      ? String(raw).replace(/\s+/g, ' ').trim()
      : '';
  return text || undefined;
}

const listOf = (value: unknown): Node[] =>
  Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];

/** "2401.01234" from "http://arxiv.org/abs/2401.01234v2" (old-style ids keep their archive). */
export function arxivIdFromAbsUrl(url: string): string | undefined {
  const m = /arxiv\.org\/(?:abs|pdf)\/(.+?)(?:v\d+)?(?:\.pdf)?$/i.exec(url.trim());
  return m?.[1];
}

function recordFromEntry(entry: Node, location: RawRecord['location']): RawRecord | RejectedRecord {
  const id = textOf(entry['id']) ?? '';
  // arXiv answers a bad query with a feed holding one entry titled "Error".
  if (/\/api\/errors/.test(id)) {
    return { location, reason: `arXiv API error: ${textOf(entry['summary']) ?? 'no message'}` };
  }
  const arxivId = arxivIdFromAbsUrl(id);
  if (arxivId) location.key = arxivId;
  const title = textOf(entry['title']);

  const links = listOf(entry['link']);
  const href = (pick: (l: Node) => boolean): string | undefined =>
    textOf(links.find(pick)?.['@_href']);
  const extra: Record<string, string> = {};
  const categories = listOf(entry['category'])
    .map((c) => textOf(c['@_term']))
    .filter(Boolean);
  if (categories.length) extra['categories'] = categories.join(', ');
  const primary = textOf(listOf(entry['primary_category'])[0]?.['@_term']);
  if (primary) extra['primaryCategory'] = primary;
  const pdf = href((l) => l['@_title'] === 'pdf');
  if (pdf) extra['pdf'] = pdf;
  for (const name of ['comment', 'updated']) {
    const value = textOf(entry[name]);
    if (value) extra[name] = value;
  }

  const authors = listOf(entry['author'])
    .map((a) => textOf(a['name']))
    .filter((n): n is string => !!n);
  const record: RawRecord = {
    location,
    title,
    abstract: textOf(entry['summary']),
    authors: authors.length ? authors : undefined,
    year: textOf(entry['published']),
    venue: textOf(entry['journal_ref']),
    url: href((l) => l['@_rel'] === 'alternate') ?? (id || undefined),
    doi: textOf(entry['doi']),
    arxivId,
    extra,
  };
  for (const key of Object.keys(record) as (keyof RawRecord)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return withText(record);
}

function parseFeed(source: string, file: string): Node {
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new InputError(
      file,
      `not valid XML (${msg.replace(/\.$/, '')} at line ${line}, column ${col})`,
    );
  }
  let doc: unknown;
  try {
    doc = parser.parse(source);
  } catch (err) {
    throw new InputError(
      file,
      `not valid XML (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const feed = isNode(doc) ? doc['feed'] : undefined;
  if (feed === undefined)
    throw new InputError(file, 'no Atom <feed> element: not an arXiv API response');
  return isNode(feed) ? feed : {};
}

/** Reads an arXiv API response; throws InputError for text that is not XML or has no <feed>. */
export function readArxiv(text: string, file: string): ReadResult {
  const source = prepareText(text);
  const entries = listOf(parseFeed(source, file)['entry']);
  // Entry lines come from the text: the parser keeps no positions. Used only if the counts agree.
  const lines = new LineIndex(source);
  const starts = [...source.matchAll(/<(?:[\w-]+:)?entry[\s>/]/g)].map((m) =>
    lines.lineOf(m.index),
  );
  const result: ReadResult = { records: [], rejected: [] };
  entries.forEach((entry, index) => {
    const line = starts.length === entries.length ? starts[index] : undefined;
    const item = recordFromEntry(entry, { file, line, index });
    if ('reason' in item) result.rejected.push(item);
    else result.records.push(item);
  });
  return result;
}
