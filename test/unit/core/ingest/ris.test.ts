import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/errors.ts';
import { looksLikeRis, readRis } from '../../../../src/core/ingest/ris.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');

describe('readRis on a Zotero export', () => {
  const { records, rejected } = readRis(fixture('zotero.ris'), 'zotero.ris');

  it('reads each TY…ER record with the line of its TY', () => {
    expect(records.map((r) => [r.location.line, r.title?.slice(0, 22)])).toEqual([
      [1, 'SparseGPT: Massive Lan'],
      [20, 'The Lottery Ticket Hyp'],
      [34, 'Movement Pruning: Adap'],
    ]);
  });

  it('rejects a record with neither title nor abstract, with its line and index', () => {
    expect(rejected).toEqual([
      {
        location: { file: 'zotero.ris', line: 50, index: 3 },
        reason: 'no title and no abstract',
      },
    ]);
  });

  it('maps T2 to the venue, "Last, First" to "First Last", DA/PY to the year, KW to keywords', () => {
    expect(records[0]).toMatchObject({
      authors: ['Elias Frantar', 'Dan Alistarh'],
      venue: 'arXiv',
      year: '2023',
      doi: '10.48550/arXiv.2301.00774',
      url: 'http://arxiv.org/abs/2301.00774',
      keywords: [
        'Computer Science - Computation and Language',
        'Computer Science - Machine Learning',
      ],
    });
    expect(records[1]).toMatchObject({
      venue: 'International Conference on Learning Representations',
      year: '2019',
    });
  });

  it('keeps unknown tags as extra attributes, but not local attachment paths', () => {
    expect(records[0].extra).toMatchObject({
      entryType: 'JOUR',
      ST: 'SparseGPT',
      N1: 'arXiv:2301.00774 [cs]',
      DP: 'arXiv.org',
    });
    expect(JSON.stringify(records)).not.toContain('file:///');
  });
});

describe('readRis on an EndNote export (BOM, CRLF, T1/A1/N2/Y1/JF, wrapped values)', () => {
  const { records, rejected } = readRis(fixture('endnote.ris'), 'endnote.ris');

  it('reads all three records, keyed by their ID', () => {
    expect(rejected).toEqual([]);
    expect(records.map((r) => [r.location.line, r.location.key])).toEqual([
      [1, '112'],
      [26, '113'],
      [46, '114'],
    ]);
  });

  it('joins an abstract wrapped over several untagged lines, with no CR left', () => {
    const abstract = records[0].abstract!;
    expect(abstract).toMatch(/^Neural networks are both computationally intensive/);
    expect(abstract).toContain('making them difficult to deploy on embedded systems');
    expect(abstract).toMatch(/the important connections\.$/);
    expect(abstract).not.toMatch(/[\r\n]/);
  });

  it('uses JF over JA, and splits a "a; b" KW value', () => {
    expect(records[0]).toMatchObject({
      title: 'Learning both Weights and Connections for Efficient Neural Networks',
      authors: ['Song Han', 'Jeff Pool', 'John Tran', 'William J. Dally'],
      venue: 'Advances in Neural Information Processing Systems',
      year: '2015///',
    });
    expect(records[1].keywords).toEqual(['pruning', 'second-order methods']);
  });

  it('keeps A2 editors out of the authors when A1 names the authors', () => {
    expect(records[2].authors).toEqual(['Babak Hassibi', 'David G. Stork']);
    expect(records[2].extra?.['A2']).toBe('Hanson, Stephen J.; Cowan, Jack D.; Giles, C. Lee');
    expect(records[2].venue).toBe('Advances in Neural Information Processing Systems 5');
  });
});

describe('readRis on Scopus and IEEE Xplore exports', () => {
  it('reads Scopus: "Zhu M." authors as written, T2 venue, the copyright line left for papers.ts', () => {
    const { records, rejected } = readRis(fixture('scopus.ris'), 'scopus.ris');
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      authors: ['Zhu M.', 'Gupta S.'],
      venue:
        '6th International Conference on Learning Representations, ICLR 2018 - Workshop Track Proceedings',
      year: '2018',
    });
    expect(records[0].extra).toMatchObject({
      DB: 'Scopus',
      N1: 'Export Date: 11 March 2024; Cited By: 687',
    });
    expect(records[2].doi).toBe('10.48550/arXiv.2003.03033');
    // Scopus's citation count, from that note.
    expect(records.map((r) => r.citations)).toEqual([687, 402, 511]);
  });

  it('reads IEEE Xplore: blank lines between records, empty tags, JO and Y1 dates', () => {
    const { records, rejected } = readRis(fixture('ieee-xplore.ris'), 'ieee-xplore.ris');
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.doi)).toEqual([
      '10.1109/CVPR.2016.90',
      '10.1109/ICCV.2017.155',
      '10.1109/TNNLS.2023.0000000',
    ]);
    expect(records[0]).toMatchObject({
      authors: ['K. He', 'X. Zhang', 'S. Ren', 'J. Sun'],
      year: '2016',
      venue: '2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    });
    expect(records[0].extra).not.toHaveProperty('VL');
    expect(records[0].extra).toMatchObject({ SP: '770', EP: '778' });
  });
});

describe('readRis edge cases', () => {
  it('reads a record whose ER is missing at the end of the file', () => {
    const { records } = readRis('TY  - JOUR\nTI  - Cut short\nAB  - Text.', 'cut.ris');
    expect(records).toMatchObject([{ title: 'Cut short', abstract: 'Text.' }]);
  });

  it("does not take Zotero's Y2 access date for the year", () => {
    const { records } = readRis('TY  - ELEC\nTI  - A page\nY2  - 2024/03/11/\nER  - \n', 'p.ris');
    expect(records[0].year).toBeUndefined();
    expect(records[0].extra?.['Y2']).toBe('2024/03/11/');
  });

  it('falls back to A2 when a record names no other author', () => {
    const { records } = readRis('TY  - BOOK\nBT  - A Book\nA2  - Doe, Jane\nER  - \n', 'b.ris');
    expect(records[0]).toMatchObject({ title: 'A Book', authors: ['Jane Doe'] });
  });

  it('throws an InputError for text with no RIS records', () => {
    expect(() => readRis('just words', 'x.ris')).toThrow(InputError);
    expect(() => readRis('just words', 'x.ris')).toThrow(/^x\.ris: no RIS records found/);
  });

  it('recognises RIS from its content', () => {
    expect(looksLikeRis(fixture('scopus.ris'))).toBe(true);
    expect(looksLikeRis('TY  - JOUR\nTI  - no end')).toBe(false);
    expect(looksLikeRis('Title line\n\nAn abstract.')).toBe(false);
  });
});
