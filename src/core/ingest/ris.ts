// RIS, the tagged format every reference manager and database exports (Zotero, EndNote, Mendeley,
// IEEE Xplore, Scopus, Web of Science, PubMed): "TY  - JOUR" ... "ER  - " per record.
// Written here rather than taken from npm: the maintained RIS parser there, @citation-js/plugin-ris,
// needs @citation-js/core (a large dependency for what tagged-lines.ts does in a hundred lines)
// and converts to CSL, dropping the tags CSL has no field for, which papermap keeps as extra
// attributes.
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
  type TaggedRecord,
  type TaggedSyntax,
} from './tagged-lines.ts';

/** "TY  - JOUR": the spec's two spaces, though some exports write one, and "ER  -" has no value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?\s*$/;

const SYNTAX: TaggedSyntax = {
  tagLine: TAG_LINE,
  startTags: new Set(['TY']),
  endTags: new Set(['ER']),
  blankLineEnds: false,
};

// Best first. The spec and the exporters disagree on where a journal goes: Zotero and Scopus
// write T2 (J2 the abbreviation), EndNote JF, IEEE Xplore JO, PubMed's RIS JF and JA.
const TITLE = ['TI', 'T1', 'CT', 'BT'];
const ABSTRACT = ['AB', 'N2'];
const AUTHORS = ['AU', 'A1'];
/** Secondary authors (editors, as a rule): used only when a record names no one else. */
const SECONDARY_AUTHORS = ['A2'];
// Not Y2: Zotero writes the access date there.
const YEAR = ['PY', 'Y1', 'DA'];
const VENUE = ['JF', 'T2', 'JO', 'SO', 'JA', 'J2', 'J1', 'T3'];
const KEYWORDS = ['KW'];
const LINKS = ['UR', 'L2', 'L1'];
const MAPPED = new Set([
  ...TITLE,
  ...ABSTRACT,
  ...AUTHORS,
  ...YEAR,
  ...VENUE,
  ...KEYWORDS,
  ...LINKS,
  'DO',
  'TY',
  // Local attachment paths (Zotero's file:///…, EndNote's internal-pdf://): nobody else can open them.
  'L4',
]);

const CITED_BY = /(?:^|;)\s*Cited By(?: \(since \d{4}\))?:\s*(\d+)\s*(?:;|$)/im;
const citedBy = (notes: string[]): number | undefined => {
  for (const note of notes) {
    const n = parseCitations(CITED_BY.exec(note)?.[1]);
    if (n !== null) return n;
  }
  return undefined;
};

const isWebLink = (value: string): boolean => /^https?:\/\//i.test(value);

function recordFromTags(tagged: TaggedRecord, file: string, index: number): RawRecord {
  const { fields } = tagged;
  const key = firstValue(fields, ['AN', 'ID']);
  const location = { file, line: tagged.line, index, ...(key ? { key } : {}) };
  const authors = allValues(fields, AUTHORS);
  const named = authors.length ? authors : allValues(fields, SECONDARY_AUTHORS);
  const keywords = keywordList(allValues(fields, KEYWORDS));
  const type = firstValue(fields, ['TY']);
  // Every unmapped tag under its own name, and A2 when it is not used as the authors (editors).
  const extra = extraFromTags(
    fields,
    (tag) => MAPPED.has(tag) && !(tag === 'A2' && authors.length > 0),
  );
  return dropUndefined({
    location,
    title: firstValue(fields, TITLE),
    abstract: firstValue(fields, ABSTRACT),
    authors: named.length ? named.map(flipLastFirst) : undefined,
    year: firstValue(fields, YEAR),
    venue: firstValue(fields, VENUE),
    url: allValues(fields, LINKS).find(isWebLink),
    doi: firstValue(fields, ['DO']),
    keywords: keywords.length ? keywords : undefined,
    // Scopus writes its citation count in a note: "N1  - Export Date: 11 March 2024; Cited By: 687".
    citations: citedBy(allValues(fields, ['N1'])),
    extra: { ...(type ? { entryType: type } : {}), ...extra },
  });
}

/** Reads RIS; a record with neither a title nor an abstract is rejected with its line. */
export function readRis(text: string, file: string): ReadResult {
  return readTaggedFile(
    text,
    file,
    SYNTAX,
    recordFromTags,
    'no RIS records found (expected records such as "TY  - JOUR" … "ER  - ")',
  );
}

/** A tag line "TY  - " near the start and an "ER  -" somewhere: RIS, whatever the extension. */
export function looksLikeRis(body: string): boolean {
  const head = body.slice(0, 4000).split('\n', 20);
  return head.some((line) => /^TY {1,2}- ?\S/.test(line)) && /^ER {1,2}-/m.test(body);
}
