import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv, readTsv } from '../../../../src/core/ingest/csv.ts';
import { InputError } from '../../../../src/core/ingest/errors.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('readCsv on a spreadsheet export', () => {
  const { records, rejected } = readCsv(fixture('papers.csv'), 'papers.csv');

  it('reads the rows with their file lines, counting the lines of quoted cells', () => {
    expect(records.map((r) => [r.location.line, r.location.index])).toEqual([
      [2, 0],
      [5, 1],
      [6, 2],
      [7, 3],
      [8, 4],
    ]);
  });

  it('reads a row with an abstract and no title (papers.ts titles it)', () => {
    expect(records[2]).toMatchObject({
      abstract: expect.stringMatching(/^Sparse networks found by pruning/),
      authors: ['Anonymous'],
    });
    expect(records[2].title).toBeUndefined();
  });

  it('rejects the row with neither a title nor an abstract, with its line', () => {
    expect(rejected).toEqual([
      { location: { file: 'papers.csv', line: 9, index: 5 }, reason: 'no title and no abstract' },
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside cells', () => {
    expect(records[0].title).toBe(
      'The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks',
    );
    expect(records[0].abstract).toContain('subnetworks ("winning tickets") that');
    expect(records[0].abstract?.split('\n')).toHaveLength(3);
  });

  it('splits authors and keywords, and maps the known columns case-insensitively', () => {
    expect(records[0]).toMatchObject({
      authors: ['Jonathan Frankle', 'Michael Carbin'],
      year: '2019',
      venue: 'ICLR',
      keywords: ['pruning', 'lottery tickets', 'sparsity'],
    });
    expect(records[1].authors).toEqual([
      'Utku Evci',
      'Trevor Gale',
      'Jacob Menick',
      'Pablo Samuel Castro',
      'Erich Elsen',
    ]);
    expect(records[1].keywords).toEqual(['sparse training', 'dynamic sparsity']);
    expect(records[3]).toMatchObject({
      authors: ['Elias Frantar', 'Dan Alistarh'],
      doi: 'https://doi.org/10.48550/arXiv.2301.00774',
    });
    expect(records[4].authors).toEqual(['Alan Ansell']);
  });

  it('keeps other columns in extra, and leaves empty cells out', () => {
    expect(records[0].extra).toEqual({ Notes: 'read twice, great figures', Rating: '5' });
    expect(records[3].extra).toEqual({ Notes: 'compare with Wanda' });
  });

  it('gives the same lines with CRLF line ends', () => {
    const crlf = readCsv(fixture('papers.csv').replace(/\n/g, '\r\n'), 'papers.csv');
    expect(crlf.records.map((r) => r.location.line)).toEqual([2, 5, 6, 7, 8]);
    expect(crlf.rejected[0].location.line).toBe(9);
  });

  it('counts blank lines and rows of empty cells in the line numbers', () => {
    const text = 'title,year\n\nFirst Paper,2020\n,\n\nSecond Paper,2021\n';
    expect(readCsv(text, 'a.csv').records.map((r) => [r.title, r.location.line])).toEqual([
      ['First Paper', 3],
      ['Second Paper', 6],
    ]);
  });
});

describe('readTsv', () => {
  it('reads tab-separated files, with commas in cells', () => {
    const { records, rejected } = readTsv(fixture('papers.tsv'), 'papers.tsv');
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.location.line)).toEqual([2, 3, 4]);
    expect(records[0]).toMatchObject({
      title: 'Movement Pruning: Adaptive Sparsity by Fine-Tuning',
      authors: ['Victor Sanh', 'Thomas Wolf', 'Alexander M. Rush'],
      arxivId: 'arXiv:2005.07683v2',
      venue: 'NeurIPS',
      extra: { code: 'https://github.com/huggingface/block_movement_pruning' },
    });
    expect(records[1].title).toBe(
      'Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding',
    );
    expect(records[2].authors).toEqual([
      'Mingjie Sun',
      'Zhuang Liu',
      'Anna Bair',
      'J. Zico Kolter',
    ]);
  });
});

describe('readCsv edge cases', () => {
  it('detects the delimiter from the header', () => {
    expect(detectDelimiter('title;abstract;year\n"a, b";c;2020')).toBe(';');
    expect(detectDelimiter('title\tabstract\n')).toBe('\t');
    expect(detectDelimiter('"title, quoted",abstract\n')).toBe(',');
    expect(detectDelimiter('title\n')).toBe(',');
    expect(readCsv('Title;Year\nSparse Coding;2009\n', 'eu.csv').records[0]).toMatchObject({
      title: 'Sparse Coding',
      year: '2009',
    });
  });

  it('rejects a row whose quote is never closed', () => {
    const { records, rejected } = readCsv(
      'title,abstract\nGood,fine\n"Broken,oops\nmore\n',
      'q.csv',
    );
    expect(records.map((r) => r.title)).toEqual(['Good']);
    expect(rejected).toEqual([
      {
        location: { file: 'q.csv', line: 3, index: 1 },
        reason: 'malformed row (quoted field unterminated)',
      },
    ]);
  });

  it('throws when the header has neither a title nor an abstract column', () => {
    expect(() => readCsv('name,notes\nA,B\n', 'x.csv')).toThrow(InputError);
    expect(() => readCsv('name,notes\nA,B\n', 'x.csv')).toThrow(
      'x.csv: no "title" or "abstract" column in the header (columns: name, notes)',
    );
  });

  it('reads a file with an abstract column and no title column', () => {
    const { records, rejected } = readCsv(
      'id,text,summary\n1,x,"Sparse attention."\n2,y,\n',
      'x.csv',
    );
    expect(records).toEqual([
      {
        location: { file: 'x.csv', line: 2, index: 0 },
        id: '1',
        abstract: 'Sparse attention.',
        extra: { text: 'x' },
      },
    ]);
    expect(rejected).toEqual([
      { location: { file: 'x.csv', line: 3, index: 1 }, reason: 'no title and no abstract' },
    ]);
  });

  it('reads a header with no rows as no records', () => {
    expect(readCsv('title,abstract\n', 'x.csv')).toEqual({ records: [], rejected: [] });
  });
});

describe('citation counts from a Scopus export (issue 9)', () => {
  it('reads "Cited by" as the citation count', () => {
    const text = readFileSync('test/fixtures/scopus-export.csv', 'utf8');
    const { records } = readCsv(text, 'scopus-export.csv');
    expect(records[0]!.citations).toBe(14);
    expect(records[1]!.citations).toBe(31);
    expect(records.every((r) => !r.extra || !('Cited by' in r.extra))).toBe(true);
  });
});
