// Readers face whatever a user drops on them: they must return a ReadResult or throw an
// InputError, and nothing else, whatever the text. Records and rejections must account for
// every item once (indexes 0..n-1).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  FORMAT_NAMES,
  InputError,
  readRecords,
} from '../../../../src/core/ingest/index.ts';
import { isRejected, toPaper } from '../../../../src/core/papers.ts';
import type { InputFormat, ReadResult } from '../../../../src/core/types.ts';

const FORMATS: InputFormat[] = [...FORMAT_NAMES];
const FIXTURES: [string, InputFormat][] = [
  ['papers.json', 'json'],
  ['papers-wrapped.json', 'json'],
  ['papers.jsonl', 'jsonl'],
  ['papers.csv', 'csv'],
  ['papers.tsv', 'tsv'],
  ['zotero-export.bib', 'bibtex'],
  ['scholar.bib', 'bibtex'],
  ['arxiv-query.xml', 'arxiv'],
  ['arxiv-error.xml', 'arxiv'],
  ['formats/zotero.ris', 'ris'],
  ['formats/endnote.ris', 'ris'],
  ['formats/scopus.ris', 'ris'],
  ['formats/ieee-xplore.ris', 'ris'],
  ['formats/pubmed-export.txt', 'pubmed'],
  ['formats/citations.nbib', 'pubmed'],
  ['formats/wos-savedrecs.txt', 'wos'],
  ['formats/wos-thomson.txt', 'wos'],
  ['formats/openalex-works.json', 'openalex'],
  ['formats/openalex-work.json', 'openalex'],
  ['formats/zotero-csl.json', 'csl-json'],
  ['formats/mendeley-csl.json', 'csl-json'],
  ['formats/jabref.bib', 'bibtex'],
];
const text = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
const LISTING = readFileSync(
  new URL('../../../../data/sparsity-papers.txt', import.meta.url),
  'utf8',
);
const SAMPLES: [string, string, InputFormat][] = [
  ...FIXTURES.map(([name, format]): [string, string, InputFormat] => [name, text(name), format]),
  ['sparsity-papers.txt', LISTING, 'listing'],
];

/** Reads, and checks the result is consistent; an InputError counts as a clean refusal. */
function readChecked(input: string, file: string, format: InputFormat): ReadResult | InputError {
  let result: ReadResult;
  try {
    result = readRecords(input, file, format);
  } catch (err) {
    if (err instanceof InputError) {
      expect(err.message.startsWith(`${file}: `)).toBe(true);
      expect(err.message).not.toContain('\n');
      return err;
    }
    throw err;
  }
  const all = [...result.records, ...result.rejected];
  expect(all.map((r) => r.location.index).sort((a, b) => a - b)).toEqual([...all.keys()]);
  for (const r of all) expect(r.location.file).toBe(file);
  for (const r of result.rejected) expect(r.reason).not.toBe('');
  for (const r of result.records) {
    expect(r.title?.trim() || r.abstract?.trim()).toBeTruthy();
    const paper = toPaper(r);
    if (!isRejected(paper)) expect(paper.title).not.toBe('');
  }
  return result;
}

const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => String.fromCharCode(...b));
const unicode = fc.string({ unit: 'binary', maxLength: 400 });
const structured = fc.string({
  unit: fc.constantFrom(
    '@',
    '{',
    '}',
    '"',
    ',',
    '\t',
    '\n',
    '\r',
    '<',
    '>',
    '/',
    '[',
    ']',
    ':',
    'a',
    ' ',
    '\\',
    '$',
    '=',
    // The tagged-line formats: RIS, PubMed and Web of Science tags, continuations, ends.
    'TY  - ',
    'ER  - ',
    'PMID- ',
    'AB  - ',
    '      ',
    'PT J',
    '\nER\n',
    'AU ',
    '   ',
    '"abstract_inverted_index":',
    '"results":',
    '"date-parts":',
  ),
  maxLength: 300,
});

describe('readers on random text', () => {
  it.each(FORMATS)('%s: ReadResult or InputError, never anything else', (format) => {
    fc.assert(
      fc.property(fc.oneof(unicode, bytes, structured), (input) => {
        readChecked(input, 'random.in', format);
      }),
      { numRuns: 120 },
    );
  });

  it('detectFormat never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.oneof(unicode, bytes, structured),
        (name, input) => {
          const format = detectFormat(name, input);
          expect(format === null || FORMATS.includes(format)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('detectFormat never throws on .txt and .json, where the content decides', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('export.txt', 'works.json', 'refs.TXT'),
        fc.oneof(unicode, bytes, structured),
        (name, input) => {
          const format = detectFormat(name, input);
          expect(format === null || FORMATS.includes(format)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readers on damaged real files', () => {
  it.each(SAMPLES)('%s: every truncated prefix reads or is refused', (name, full, format) => {
    fc.assert(
      fc.property(fc.nat({ max: full.length }), (cut) => {
        readChecked(full.slice(0, cut), name, format);
      }),
      { numRuns: 30 },
    );
  });

  it.each(SAMPLES)('%s: random edits read or are refused', (name, full, format) => {
    const edit = fc.tuple(
      fc.nat({ max: full.length }),
      fc.nat({ max: 20 }),
      fc.oneof(structured, unicode),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
        let damaged = full;
        for (const [at, remove, insert] of edits) {
          damaged = damaged.slice(0, at) + insert.slice(0, 20) + damaged.slice(at + remove);
        }
        readChecked(damaged, name, format);
      }),
      { numRuns: 25 },
    );
  });

  it('every file read as every other format reads or is refused', () => {
    for (const [name, input] of SAMPLES) {
      for (const format of FORMATS) readChecked(input, name, format);
    }
  });
});
