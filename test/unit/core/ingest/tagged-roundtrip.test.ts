// Property tests for the tagged-line readers: any records written the way the exporters write
// them (values wrapped at any word, LF or CRLF, a BOM or not) read back as exactly those
// records, in order, with every value whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPubmed } from '../../../../src/core/ingest/pubmed.ts';
import { readRis } from '../../../../src/core/ingest/ris.ts';
import { readWos } from '../../../../src/core/ingest/wos.ts';
import type { ReadResult } from '../../../../src/core/types.ts';

interface Paper {
  title: string[];
  abstract: string[];
  authors: [string, string][];
}

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 30 });
const name = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
const paper = fc.record({
  title: words,
  abstract: words,
  authors: fc.array(fc.tuple(name, name), { maxLength: 4 }),
});
/** Where each value breaks onto continuation lines: every few words, as exporters wrap. */
const layout = fc.record({
  wrapEvery: fc.integer({ min: 1, max: 12 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

type Layout = { wrapEvery: number; crlf: boolean; bom: boolean };

const wrap = (list: string[], every: number): string[] => {
  const lines: string[] = [];
  for (let i = 0; i < list.length; i += every) lines.push(list.slice(i, i + every).join(' '));
  return lines;
};

const finish = (lines: string[], { crlf, bom }: Layout): string =>
  (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n');

function ris(papers: Paper[], l: Layout): string {
  return finish(
    papers.flatMap((p) => [
      'TY  - JOUR',
      ...p.authors.map(([last, first]) => `AU  - ${last}, ${first}`),
      ...wrap(p.title, l.wrapEvery).map((line, i) => (i ? line : `TI  - ${line}`)),
      ...wrap(p.abstract, l.wrapEvery).map((line, i) => (i ? line : `AB  - ${line}`)),
      'ER  - ',
      '',
    ]),
    l,
  );
}

function pubmed(papers: Paper[], l: Layout): string {
  const tagged = (tag: string, list: string[]) =>
    wrap(list, l.wrapEvery).map((line, i) => (i ? `      ${line}` : `${tag.padEnd(4)}- ${line}`));
  return finish(
    papers.flatMap((p, i) => [
      `PMID- ${1000 + i}`,
      ...tagged('TI', p.title),
      ...tagged('AB', p.abstract),
      ...p.authors.map(([last, first]) => `FAU - ${last}, ${first}`),
      '',
    ]),
    l,
  );
}

function wos(papers: Paper[], l: Layout): string {
  const tagged = (tag: string, lines: string[]) =>
    lines.map((line, i) => (i ? `   ${line}` : `${tag} ${line}`));
  return finish(
    [
      'FN Clarivate Analytics Web of Science',
      'VR 1.0',
      ...papers.flatMap((p) => [
        'PT J',
        ...tagged(
          'AF',
          p.authors.map(([last, first]) => `${last}, ${first}`),
        ),
        ...tagged('TI', wrap(p.title, l.wrapEvery)),
        ...tagged('AB', wrap(p.abstract, l.wrapEvery)),
        'ER',
        '',
      ]),
      'EF',
    ],
    l,
  );
}

function expectSame(result: ReadResult, papers: Paper[]): void {
  expect(result.rejected).toEqual([]);
  expect(
    result.records.map((r) => [r.location.index, r.title, r.abstract, r.authors ?? []]),
  ).toEqual(
    papers.map((p, i) => [
      i,
      p.title.join(' '),
      p.abstract.join(' '),
      p.authors.map(([last, first]) => `${first} ${last}`),
    ]),
  );
}

describe('tagged formats read back whatever was written', () => {
  const papers = fc.array(paper, { minLength: 1, maxLength: 6 });

  it('RIS', () => {
    fc.assert(
      fc.property(papers, layout, (ps, l) => expectSame(readRis(ris(ps, l), 'a.ris'), ps)),
      { numRuns: 150 },
    );
  });

  it('PubMed', () => {
    fc.assert(
      fc.property(papers, layout, (ps, l) => expectSame(readPubmed(pubmed(ps, l), 'a.nbib'), ps)),
      { numRuns: 150 },
    );
  });

  it('Web of Science', () => {
    fc.assert(
      fc.property(papers, layout, (ps, l) => expectSame(readWos(wos(ps, l), 'a.txt'), ps)),
      { numRuns: 150 },
    );
  });

  it('every record is accounted for when some are emptied of title and abstract', () => {
    fc.assert(
      fc.property(papers, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (ps, empty) => {
        const text = ps
          .map((p, i) =>
            empty[i]
              ? 'TY  - ELEC\nUR  - https://example.org\nER  - \n'
              : `TY  - JOUR\nTI  - ${p.title.join(' ')}\nER  - \n`,
          )
          .join('\n');
        const { records, rejected } = readRis(text, 'a.ris');
        expect(records.length + rejected.length).toBe(ps.length);
        expect(rejected.map((r) => r.location.index)).toEqual(
          ps.flatMap((_, i) => (empty[i] ? [i] : [])),
        );
      }),
      { numRuns: 100 },
    );
  });
});
