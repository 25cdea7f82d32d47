import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/errors.ts';
import { looksLikeListing, readListing } from '../../../../src/core/ingest/listing.ts';

const SPARSITY = readFileSync(
  new URL('../../../../data/sparsity-papers.txt', import.meta.url),
  'utf8',
);
const CHROME = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'byAK and the research community',
  'Jul 11',
];
const abstract = (topic: string): string =>
  `We study ${topic} in depth and show that a careful treatment of the problem leads to methods that are both simpler and faster than the state of the art, with experiments on several standard benchmarks that confirm the analysis.`;

describe('readListing on data/sparsity-papers.txt', () => {
  const { records, rejected } = readListing(SPARSITY, 'sparsity-papers.txt');
  const lines = SPARSITY.split('\n');

  it('finds all 47 papers and rejects nothing', () => {
    expect(records).toHaveLength(47);
    expect(rejected).toEqual([]);
  });

  it('keeps the listing order', () => {
    expect(records[0].title).toBe(
      'Training Long-Context LLMs Efficiently via Chunk-wise Optimization',
    );
    expect(records[46].title).toBe(
      'ECoFLaP: Efficient Coarse-to-Fine Layer-Wise Pruning for Vision-Language Models',
    );
    expect(records.map((r) => r.location.index)).toEqual([...Array(47).keys()]);
  });

  it('takes no line of page chrome for a paper', () => {
    const titles = records.map((r) => r.title);
    for (const chrome of CHROME) expect(titles).not.toContain(chrome);
  });

  it('gives every paper a long abstract and the line of its title', () => {
    expect(records[0].location).toEqual({ file: 'sparsity-papers.txt', line: 11, index: 0 });
    for (const r of records) {
      expect(r.abstract?.split(' ').length).toBeGreaterThan(100);
      expect(lines[(r.location.line ?? 0) - 1].trim()).toBe(r.title);
    }
  });
});

describe('readListing layout tolerance', () => {
  it('reads CRLF, trailing spaces, several blank lines and wrapped abstracts', () => {
    const text = [
      'Sparse Attention Revisited   ',
      '',
      '',
      '',
      'We revisit sparse attention and show that  ',
      'a fixed block pattern matches learned patterns on long documents, with a state-of-the-',
      'art speed-up on three benchmarks and a careful analysis of where the remaining quality gap comes from.',
      '',
      'Pruning at Initialisation',
      '',
      abstract('pruning at initialisation'),
      '',
    ].join('\r\n');
    const { records } = readListing(text, 'list.txt');
    expect(records.map((r) => [r.title, r.location.line])).toEqual([
      ['Sparse Attention Revisited', 1],
      ['Pruning at Initialisation', 9],
    ]);
    expect(records[0].abstract).toBe(
      'We revisit sparse attention and show that a fixed block pattern matches learned patterns on long documents, with a state-of-the-art speed-up on three benchmarks and a careful analysis of where the remaining quality gap comes from.',
    );
  });

  it('keeps a paper whose abstract is missing, between two complete ones', () => {
    const text = [
      'Jul 11',
      '',
      'First Paper on Sparse Training',
      '',
      abstract('sparse training'),
      '',
      'A Paper Whose Abstract Was Not Copied',
      '',
      'Third Paper on Structured Pruning',
      '',
      abstract('structured pruning'),
    ].join('\n');
    const { records } = readListing(text, 'list.txt');
    expect(records.map((r) => [r.title, r.location.line, r.abstract === undefined])).toEqual([
      ['First Paper on Sparse Training', 3, false],
      ['A Paper Whose Abstract Was Not Copied', 7, true],
      ['Third Paper on Structured Pruning', 9, false],
    ]);
  });

  it('does not take dates or one-word chrome between papers for papers', () => {
    const text = [
      'First Paper on Sparse Training',
      '',
      abstract('sparse training'),
      '',
      'Jul 10',
      '',
      'Next',
      '',
      'Second Paper on Quantisation',
      '',
      abstract('quantisation'),
    ].join('\n');
    expect(readListing(text, 'list.txt').records.map((r) => r.title)).toEqual([
      'First Paper on Sparse Training',
      'Second Paper on Quantisation',
    ]);
  });

  it('joins an abstract written in two paragraphs', () => {
    const text = ['One Paper', '', abstract('first things'), '', abstract('second things')].join(
      '\n',
    );
    const { records } = readListing(text, 'list.txt');
    expect(records).toHaveLength(1);
    expect(records[0].abstract).toBe(`${abstract('first things')} ${abstract('second things')}`);
  });

  it('rejects a paragraph that has no title before it, with its line', () => {
    const text = [abstract('an orphan'), '', 'A Real Paper', '', abstract('a real topic')].join(
      '\n',
    );
    const { records, rejected } = readListing(text, 'list.txt');
    expect(records.map((r) => r.title)).toEqual(['A Real Paper']);
    expect(rejected).toEqual([
      {
        location: { file: 'list.txt', line: 1, index: 0 },
        reason: 'paragraph without a title line before it',
      },
    ]);
  });

  it('strips Markdown heading marks from titles', () => {
    const text = ['## Sparse Mixture of Experts', '', abstract('mixtures of experts')].join('\n');
    expect(readListing(text, 'list.md').records[0].title).toBe('Sparse Mixture of Experts');
  });

  it('throws an InputError naming the file when there is no title + abstract pair', () => {
    expect(() => readListing('just\n\nsome\n\nshort lines', 'notes.txt')).toThrow(InputError);
    expect(() => readListing('just\n\nsome', 'notes.txt')).toThrow(/^notes\.txt: no papers found/);
  });

  it('tells listings from other text', () => {
    expect(looksLikeListing(SPARSITY)).toBe(true);
    expect(looksLikeListing('a\nb\nc')).toBe(false);
  });
});
