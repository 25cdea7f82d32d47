import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFormatName } from '../../../../src/core/ingest/detect.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each([
    ['papers.txt', 'listing'],
    ['notes.MD', 'listing'],
    ['refs.json', 'json'],
    ['refs.jsonl', 'jsonl'],
    ['refs.ndjson', 'jsonl'],
    ['export.csv', 'csv'],
    ['export.tsv', 'tsv'],
    ['library.bib', 'bibtex'],
    ['library.bibtex', 'bibtex'],
    ['query.xml', 'arxiv'],
    ['query.atom', 'arxiv'],
    ['C:\\Users\\ada\\My Library.BIB', 'bibtex'],
    ['./data/v1.2/papers.csv', 'csv'],
    ['zotero.RIS', 'ris'],
    ['pubmed-citations.nbib', 'pubmed'],
  ])('knows %s by its extension', (name, format) => {
    expect(detectFormat(name, '')).toBe(format);
  });

  it('trusts the extension over the content', () => {
    expect(detectFormat('refs.bib', '[{"title": "x"}]')).toBe('bibtex');
  });

  it.each([
    ['papers.json', 'json'],
    ['papers-wrapped.json', 'json'],
    ['papers.jsonl', 'jsonl'],
    ['papers.csv', 'csv'],
    ['papers.tsv', 'tsv'],
    ['zotero-export.bib', 'bibtex'],
    ['scholar.bib', 'bibtex'],
    ['arxiv-query.xml', 'arxiv'],
  ])('recognises the content of %s without an extension', (name, format) => {
    expect(detectFormat('upload', fixture(name))).toBe(format);
  });

  it.each([
    ['zotero.ris', 'ris'],
    ['endnote.ris', 'ris'],
    ['scopus.ris', 'ris'],
    ['ieee-xplore.ris', 'ris'],
    ['pubmed-export.txt', 'pubmed'],
    ['citations.nbib', 'pubmed'],
    ['wos-savedrecs.txt', 'wos'],
    ['wos-thomson.txt', 'wos'],
    ['openalex-works.json', 'openalex'],
    ['openalex-work.json', 'openalex'],
    ['zotero-csl.json', 'csl-json'],
    ['mendeley-csl.json', 'csl-json'],
    ['jabref.bib', 'bibtex'],
  ])(
    'recognises the export formats/%s by content, with no extension, as .txt or as .json',
    (name, format) => {
      const text = readFileSync(
        new URL(`../../../fixtures/formats/${name}`, import.meta.url),
        'utf8',
      );
      expect(detectFormat('upload', text)).toBe(format);
      // Exports arrive as .txt (PubMed, Web of Science, some RIS) or .json (OpenAlex, CSL-JSON).
      const container =
        format === 'openalex' || format === 'csl-json' ? 'export.json' : 'export.txt';
      if (format !== 'bibtex') expect(detectFormat(container, text)).toBe(format);
    },
  );

  it('keeps .txt a listing and .json generic JSON when the content is not a known export', () => {
    expect(detectFormat('papers.txt', 'A title\n\nSome abstract.')).toBe('listing');
    expect(detectFormat('papers.json', '[{"title": "x"}]')).toBe('json');
    expect(detectFormat('papers.json', '{"title": "a"}\n{"title": "b"}\n')).toBe('json');
    expect(detectFormat('papers.txt', '[{"container-title": "x"}]')).toBe('listing');
    expect(detectFormat('refs.csv', fixture('formats/pubmed-export.txt'))).toBe('csv');
  });

  it('recognises the default listing without an extension', () => {
    const text = readFileSync(
      new URL('../../../../data/sparsity-papers.txt', import.meta.url),
      'utf8',
    );
    expect(detectFormat('paste', text)).toBe('listing');
    expect(detectFormat('paste', `\ufeff${text.replace(/\n/g, '\r\n')}`)).toBe('listing');
  });

  it('recognises a single-line JSON object as JSON and a semicolon CSV as CSV', () => {
    expect(detectFormat('x', '{"papers": []}')).toBe('json');
    expect(detectFormat('x', 'Title;Authors;Year\nA;B;2020\n')).toBe('csv');
    expect(detectFormat('x', '"Title","Year"\n"A",2020\n')).toBe('csv');
  });

  it('gives null when nothing fits', () => {
    expect(detectFormat('x', '')).toBeNull();
    expect(detectFormat('x', 'hello world')).toBeNull();
    expect(detectFormat('x', '<html><body/></html>')).toBeNull();
    expect(detectFormat('x.pdf', 'name,year\nA,2020\n')).toBeNull();
  });
});

describe('parseFormatName', () => {
  it.each([
    ['listing', 'listing'],
    ['txt', 'listing'],
    ['text', 'listing'],
    ['md', 'listing'],
    ['json', 'json'],
    ['jsonl', 'jsonl'],
    ['ndjson', 'jsonl'],
    ['CSV', 'csv'],
    ['tsv', 'tsv'],
    ['bib', 'bibtex'],
    ['BibTeX', 'bibtex'],
    ['biblatex', 'bibtex'],
    ['arxiv', 'arxiv'],
    ['atom', 'arxiv'],
    ['xml', 'arxiv'],
    ['.bib', 'bibtex'],
    ['ris', 'ris'],
    ['pubmed', 'pubmed'],
    ['MEDLINE', 'pubmed'],
    ['nbib', 'pubmed'],
    ['wos', 'wos'],
    ['web-of-science', 'wos'],
    ['openalex', 'openalex'],
    ['csl', 'csl-json'],
    ['csl-json', 'csl-json'],
  ])('reads %s', (name, format) => {
    expect(parseFormatName(name)).toBe(format);
  });

  it('gives null for unknown names, including Object.prototype keys', () => {
    expect(parseFormatName('pdf')).toBeNull();
    expect(parseFormatName('constructor')).toBeNull();
    expect(parseFormatName('')).toBeNull();
  });
});
