// Web of Science "Plain text file" export (savedrecs.txt): a "FN Clarivate …" / "VR 1.0" header,
// then records of two-letter tags from "PT J" to "ER", continuation lines indented by three
// spaces, and "EF" at the end of the file.
import { parseCitations } from '../paper-fields.ts';
import type { RawRecord, ReadResult } from '../types.ts';
import { flipLastFirst } from './authors.ts';
import { dropUndefined } from './compact.ts';
import {
  allValues,
  extraFromTags,
  firstValue,
  keywordList,
  readTaggedFile,
  type TaggedField,
  type TaggedRecord,
  type TaggedSyntax,
} from './tagged-lines.ts';

const SYNTAX: TaggedSyntax = {
  tagLine: /^([A-Z][A-Z0-9])(?: (.*))?$/,
  continuation: /^ {3}(.*)$/,
  startTags: new Set(['PT']),
  endTags: new Set(['ER']),
  fileTags: new Set(['FN', 'VR', 'EF']),
  blankLineEnds: false,
};

const MAPPED = new Set(
  'TI AB AF AU PY EA PD SO DI DE ID UT TC'.split(' ').concat([
    // Cited references (often hundreds of lines), addresses and e-mail addresses: bulk and
    // personal data that the map has no use for.
    'CR',
    'C1',
    'C3',
    'RP',
    'EM',
    // Usage counts, the publisher's address, delivery numbers and the export date: Clarivate's
    // bookkeeping, not the paper's.
    ...'U1 U2 Z9 PI PA GA DA'.split(' '),
  ]),
);

/** In AU, AF and the like each line is one person, so their lines are not joined. */
const lineItems = (fields: TaggedField[], tag: string): string[] =>
  fields.filter((f) => f.tag === tag).flatMap((f) => f.lines.filter(Boolean));

function recordFromTags(tagged: TaggedRecord, file: string, index: number): RawRecord {
  const { fields } = tagged;
  const accession = firstValue(fields, ['UT']);
  const location = { file, line: tagged.line, index, ...(accession ? { key: accession } : {}) };
  const full = lineItems(fields, 'AF');
  const authors = (full.length ? full : lineItems(fields, 'AU')).map(flipLastFirst);
  // Author keywords first; ID ("Keywords Plus") are Clarivate's, from the cited titles.
  const keywords = keywordList(allValues(fields, ['DE', 'ID']));
  return dropUndefined({
    location,
    title: firstValue(fields, ['TI']),
    abstract: firstValue(fields, ['AB']),
    authors: authors.length ? authors : undefined,
    year: firstValue(fields, ['PY', 'EA', 'PD']),
    venue: firstValue(fields, ['SO']),
    doi: firstValue(fields, ['DI']),
    keywords: keywords.length ? keywords : undefined,
    // TC: times cited in the Web of Science Core Collection.
    citations: parseCitations(firstValue(fields, ['TC'])) ?? undefined,
    extra: extraFromTags(fields, (tag) => MAPPED.has(tag)),
  });
}

/** Reads a Web of Science plain-text export; a record with no title or abstract is rejected. */
export function readWos(text: string, file: string): ReadResult {
  return readTaggedFile(
    text,
    file,
    SYNTAX,
    recordFromTags,
    'no Web of Science records found (expected records from "PT J" to "ER")',
  );
}

/** "FN Clarivate…" / "FN Thomson Reuters…" headers, or a file that starts at "PT J", with an ER. */
export function looksLikeWos(body: string): boolean {
  const first = body.slice(0, body.search(/\n|$/));
  const header = /^FN (?:Clarivate|Thomson|ISI)/i.test(first) || /^PT [A-Z]\s*$/.test(first);
  return header && /^PT [A-Z]/m.test(body) && /^ER\s*$/m.test(body);
}
