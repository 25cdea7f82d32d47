import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, readRecords } from '../../../../src/core/ingest/index.ts';
import type { InputFormat } from '../../../../src/core/types.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('readRecords', () => {
  it.each([
    ['papers.json', 'json', 5, 1],
    ['papers.jsonl', 'jsonl', 3, 1],
    ['papers.csv', 'csv', 5, 1],
    ['papers.tsv', 'tsv', 3, 0],
    ['zotero-export.bib', 'bibtex', 6, 1],
    ['arxiv-query.xml', 'arxiv', 4, 0],
    ['formats/zotero.ris', 'ris', 3, 1],
    ['formats/pubmed-export.txt', 'pubmed', 3, 1],
    ['formats/wos-thomson.txt', 'wos', 3, 1],
    ['formats/openalex-works.json', 'openalex', 4, 1],
    ['formats/zotero-csl.json', 'csl-json', 3, 1],
  ] as [string, InputFormat, number, number][])(
    'dispatches %s to the %s reader',
    (name, format, records, rejected) => {
      const result = readRecords(fixture(name), name, format);
      expect([result.records.length, result.rejected.length]).toEqual([records, rejected]);
    },
  );

  it('throws an InputError for an empty file, whatever the format', () => {
    expect(() => readRecords(' \n\t\n', 'empty.csv', 'csv')).toThrow(InputError);
    expect(() => readRecords('', 'empty.txt', 'listing')).toThrow('empty.txt: the file is empty');
  });

  it('throws an InputError for an unknown format', () => {
    expect(() => readRecords('x', 'a.pdf', 'pdf' as InputFormat)).toThrow(
      'a.pdf: unknown input format "pdf"',
    );
  });

  it('does not repeat the file name when the message already has it', () => {
    const error = new InputError('a.txt', 'a.txt: cannot tell the format');
    expect(error.message).toBe('a.txt: cannot tell the format');
    expect(error.problem).toBe('cannot tell the format');
    expect(error.file).toBe('a.txt');
    expect(error.name).toBe('InputError');
  });
});
