// PubMed's own export ("Save → Format: PubMed", a .txt; citation managers get the same as .nbib):
// MEDLINE tags padded to four characters, "TI  - ", continuation lines indented by six spaces,
// one blank line between records.
import type { RawRecord, ReadResult } from '../types.ts';
import { flipLastFirst } from './authors.ts';
import { dropUndefined } from './compact.ts';
import {
  allValues,
  extraFromTags,
  firstValue,
  keywordList,
  readTaggedFile,
  type TaggedRecord,
  type TaggedSyntax,
} from './tagged-lines.ts';

const SYNTAX: TaggedSyntax = {
  tagLine: /^([A-Z][A-Z0-9]{1,3}) {0,3}-(?: (.*))?$/,
  continuation: /^ {6}(.*)$/,
  startTags: new Set(['PMID']),
  blankLineEnds: true,
};

/** Tags that fill a record's fields, or are not worth keeping in `extra`. */
const MAPPED = new Set(
  'PMID TI BTI AB FAU AU DP JT TA LID AID OT MH'.split(' ').concat([
    // Affiliations and author ids repeat per author, and a dozen authors make them most of a
    // record: not worth carrying into the map.
    'AD',
    'AUID',
    // NLM's own bookkeeping: record status, indexing and history dates.
    ...'OWN STAT DCOM LR EDAT MHDA CRDT PHST PST JID SB OTO CI'.split(' '),
  ]),
);

/** "10.1038/s41586-021-03819-2 [doi]" from LID/AID lines; the first DOI wins. */
function doiOf(values: string[]): string | undefined {
  for (const value of values) {
    const m = /^(\S+)\s*\[doi\]$/i.exec(value.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** "Neural Networks, Computer/*methods" -> "Neural Networks, Computer": the heading, not its qualifiers. */
const meshHeading = (value: string): string => value.split('/')[0].replace(/^\*/, '').trim();

function recordFromTags(tagged: TaggedRecord, file: string, index: number): RawRecord {
  const { fields } = tagged;
  const pmid = firstValue(fields, ['PMID']);
  const location = { file, line: tagged.line, index, ...(pmid ? { key: pmid } : {}) };
  // Full names ("Frantar, Elias") first; AU ("Frantar E") only when a record has no FAU.
  const full = allValues(fields, ['FAU']);
  const authors = full.length ? full.map(flipLastFirst) : allValues(fields, ['AU']);
  const keywords = keywordList([
    ...allValues(fields, ['OT']),
    ...allValues(fields, ['MH']).map(meshHeading),
  ]);
  const extra = extraFromTags(fields, (tag) => MAPPED.has(tag));
  const copyright = firstValue(fields, ['CI']);
  return dropUndefined({
    location,
    title: firstValue(fields, ['TI', 'BTI']),
    abstract: firstValue(fields, ['AB']),
    authors: authors.length ? authors : undefined,
    year: firstValue(fields, ['DP']),
    venue: firstValue(fields, ['JT', 'TA']),
    url: pmid && /^\d+$/.test(pmid) ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : undefined,
    doi: doiOf([...allValues(fields, ['LID']), ...allValues(fields, ['AID'])]),
    keywords: keywords.length ? keywords : undefined,
    // CI is the publisher's notice, which papers keep as `copyright` (see papers.ts).
    extra: { ...(pmid ? { pmid } : {}), ...extra, ...(copyright ? { copyright } : {}) },
  });
}

/** Reads a PubMed export; a record with neither a title nor an abstract is rejected with its line. */
export function readPubmed(text: string, file: string): ReadResult {
  return readTaggedFile(
    text,
    file,
    SYNTAX,
    recordFromTags,
    'no PubMed records found (expected records starting "PMID- ")',
  );
}

/** A file that starts with a "PMID- " line: PubMed's format, whatever the extension. */
export const looksLikePubmed = (body: string): boolean => /^PMID- ?\S/.test(body);
