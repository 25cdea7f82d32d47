import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivIdFromAbsUrl, readArxiv } from '../../../../src/core/ingest/arxiv.ts';
import { InputError } from '../../../../src/core/ingest/errors.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

const entry = (inner: string): string =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${inner}</entry></feed>`;

describe('readArxiv on an API response', () => {
  const { records, rejected } = readArxiv(fixture('arxiv-query.xml'), 'arxiv-query.xml');

  it('reads every entry, with its line and arXiv id as key', () => {
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.location)).toEqual([
      { file: 'arxiv-query.xml', line: 10, key: '2301.00774', index: 0 },
      { file: 'arxiv-query.xml', line: 34, key: '1803.03635', index: 1 },
      { file: 'arxiv-query.xml', line: 60, key: '1607.00030', index: 2 },
      { file: 'arxiv-query.xml', line: 78, key: '1506.02626', index: 3 },
    ]);
  });

  it('maps id, title, summary, authors, date and links', () => {
    expect(records[0]).toMatchObject({
      title: 'SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot',
      abstract: expect.stringMatching(/^We show for the first time .* GPT-family models\.$/),
      authors: ['Elias Frantar', 'Dan Alistarh'],
      year: '2023-01-02T17:48:56Z',
      arxivId: '2301.00774',
      url: 'http://arxiv.org/abs/2301.00774v3',
      extra: {
        categories: 'cs.LG, cs.CL',
        primaryCategory: 'cs.LG',
        pdf: 'http://arxiv.org/pdf/2301.00774v3',
        comment: 'ICML 2023',
        updated: '2023-03-22T17:58:18Z',
      },
    });
  });

  it('joins a title broken over two lines', () => {
    expect(records[1].title).toBe(
      'The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks',
    );
  });

  it('reads an entry with a single author (an object, not an array, in the parsed XML)', () => {
    expect(records[2].authors).toEqual(['Ana Pérez-Núñez']);
    expect(records[2].title).toBe(
      'Sparse Recovery with $\\ell_1$ Minimization under Heavy-Tailed Noise',
    );
  });

  it('takes the DOI and the journal reference as venue', () => {
    expect(records[3]).toMatchObject({
      doi: '10.5555/2969239.2969366',
      venue: 'Advances in Neural Information Processing Systems 28 (2015) 1135-1143',
    });
    expect(records[0].doi).toBeUndefined();
  });
});

describe('readArxiv rejections and errors', () => {
  it('rejects the error entry arXiv sends for a bad query', () => {
    const { records, rejected } = readArxiv(fixture('arxiv-error.xml'), 'arxiv-error.xml');
    expect(records).toEqual([]);
    expect(rejected).toEqual([
      {
        location: { file: 'arxiv-error.xml', line: 10, index: 0 },
        reason: 'arXiv API error: incorrect id format for 2301.0077',
      },
    ]);
  });

  it('rejects an entry with neither title nor summary, by index', () => {
    const text = `<feed><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>Kept</title></entry>
<entry><id>http://arxiv.org/abs/2401.00002v1</id><title>  </title></entry>
<entry><id>http://arxiv.org/abs/2401.00003v1</id><summary>Untitled but kept.</summary></entry></feed>`;
    const { records, rejected } = readArxiv(text, 'q.xml');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([
      ['Kept', undefined],
      [undefined, 'Untitled but kept.'],
    ]);
    expect(rejected).toEqual([
      {
        location: { file: 'q.xml', line: 2, key: '2401.00002', index: 1 },
        reason: 'no title and no abstract',
      },
    ]);
  });

  it('reads a feed with no entries as no records', () => {
    expect(
      readArxiv('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'q.xml'),
    ).toEqual({
      records: [],
      rejected: [],
    });
  });

  it('reads a title with attributes', () => {
    const { records } = readArxiv(entry('<title type="html">Typed Title</title>'), 'q.xml');
    expect(records[0].title).toBe('Typed Title');
  });

  it('throws an InputError for text that is not XML, with its position', () => {
    expect(() => readArxiv('{"title": "json"}', 'q.xml')).toThrow(InputError);
    expect(() => readArxiv('<feed><entry></feed>', 'q.xml')).toThrow(
      /^q\.xml: not valid XML \(Expected closing tag 'entry' .* at line 1, column \d+\)$/,
    );
  });

  it('throws an InputError for XML without a feed', () => {
    expect(() => readArxiv('<rss><channel/></rss>', 'q.xml')).toThrow(
      'q.xml: no Atom <feed> element: not an arXiv API response',
    );
  });

  it('knows old-style and new-style abs URLs', () => {
    expect(arxivIdFromAbsUrl('http://arxiv.org/abs/hep-th/9901001v2')).toBe('hep-th/9901001');
    expect(arxivIdFromAbsUrl('https://arxiv.org/abs/2401.01234')).toBe('2401.01234');
    expect(arxivIdFromAbsUrl('http://arxiv.org/api/errors#x')).toBeUndefined();
  });
});
