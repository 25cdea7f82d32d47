import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/errors.ts';
import { readJson, readJsonl } from '../../../../src/core/ingest/json.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('readJson', () => {
  const { records, rejected } = readJson(fixture('papers.json'), 'papers.json');

  it('reads the records and rejects the items that are not papers, by index', () => {
    expect(records.map((r) => r.location.index)).toEqual([0, 1, 3, 4, 5]);
    expect(rejected).toEqual([
      { location: { file: 'papers.json', index: 2 }, reason: 'not an object' },
    ]);
  });

  it('reads an item with an abstract and no title (papers.ts titles it)', () => {
    expect(records[2]).toEqual({
      location: { file: 'papers.json', index: 3 },
      abstract:
        'An item that has an abstract and nothing else, as an unfinished export would have.',
    });
  });

  it('maps the documented field names', () => {
    expect(records[0]).toMatchObject({
      title:
        'Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding',
      authors: ['Song Han', 'Huizi Mao', 'William J. Dally'],
      year: 2016,
      venue: 'ICLR',
      doi: '10.48550/arXiv.1510.00149',
      keywords: ['pruning', 'quantization', 'model compression'],
    });
    expect(records[1]).toMatchObject({
      abstract: expect.stringMatching(/^We propose a practical method for L0 norm/),
      authors: ['Christos Louizos', 'Max Welling', 'Diederik P. Kingma'],
      year: '2017-12-04',
      venue: 'International Conference on Learning Representations',
      url: 'https://openreview.net/forum?id=H1Y8hhg0b',
    });
    expect(records[3]).toMatchObject({
      abstract: expect.stringMatching(/^Sparse momentum/),
      authors: ['Tim Dettmers', 'Luke Zettlemoyer'],
      year: '2019-07-10T17:21:03Z',
      arxivId: '1907.04840',
    });
    expect(records[4]).toMatchObject({
      id: 'paper-7',
      authors: ['Michael Zhu', 'Suyog Gupta'],
      venue: 'ICLR Workshop',
    });
  });

  it('never reads the gold fields of evaluation datasets as keywords', () => {
    expect(records[0].keywords).not.toContain('deep compression');
    expect(records[0].extra).toEqual({
      label: 'cs',
      pages: '1-14',
      open_access: 'true',
    });
    // A citation count is a field of its own now (issue 9), not an extra.
    expect(records[0].citations).toBe(9120);
  });

  it('reads a single untitled record on its own', () => {
    expect(readJson('{"abstract": "Sparse codes."}', 'one.json').records).toEqual([
      { location: { file: 'one.json', index: 0 }, abstract: 'Sparse codes.' },
    ]);
  });

  it('reads { "papers": [...] }', () => {
    const wrapped = readJson(fixture('papers-wrapped.json'), 'papers-wrapped.json');
    expect(wrapped.rejected).toEqual([]);
    expect(wrapped.records.map((r) => [r.title, r.venue ?? r.url])).toEqual([
      ['Rigging the Lottery: Making All Tickets Winners', 'ICML'],
      [
        'SNIP: Single-shot Network Pruning based on Connection Sensitivity',
        'https://arxiv.org/abs/1810.02340',
      ],
    ]);
  });

  it('keeps the alias it did not use in extra', () => {
    const {
      records: [r],
    } = readJson('[{"title": "T", "abstract": "A", "summary": "S"}]', 'x.json');
    expect(r.abstract).toBe('A');
    expect(r.extra).toEqual({ summary: 'S' });
  });

  it('reads CSL-JSON dates and Crossref title arrays', () => {
    const text = JSON.stringify({
      message: {
        items: [
          {
            title: ['Sparse Autoencoders Find Interpretable Features'],
            issued: { 'date-parts': [[2023, 9, 15]] },
            'container-title': ['ICLR'],
            DOI: '10.1/abc',
          },
        ],
      },
    });
    expect(readJson(text, 'crossref.json').records[0]).toMatchObject({
      title: 'Sparse Autoencoders Find Interpretable Features',
      year: 2023,
      venue: 'ICLR',
      doi: '10.1/abc',
    });
  });

  it('throws an InputError with the file, line and column of a syntax error', () => {
    const text = '[\n  {"title": "A"},\n  {"title": "B",}\n]';
    expect(() => readJson(text, 'refs.json')).toThrow(InputError);
    expect(() => readJson(text, 'refs.json')).toThrow(
      'refs.json: not valid JSON (unexpected "}" at line 3, column 17)',
    );
    expect(() => readJson('[1, 2', 'refs.json')).toThrow(
      'refs.json: not valid JSON (unexpected end of input at line 1, column 6)',
    );
  });

  it('says when a .json file is really JSON Lines', () => {
    expect(() => readJson('{"title": "A"}\n{"title": "B"}\n', 'refs.json')).toThrow(
      /use --format jsonl$/,
    );
  });

  it('throws when the JSON holds no list of records', () => {
    expect(() => readJson('{"count": 3}', 'refs.json')).toThrow(
      'refs.json: expected an array of records or an object with a "papers" array',
    );
  });
});

describe('readJsonl', () => {
  it('rejects the broken line with its number and reads the rest', () => {
    const { records, rejected } = readJsonl(fixture('papers.jsonl'), 'papers.jsonl');
    expect(records.map((r) => [r.location.line, r.id])).toEqual([
      [1, 'arXiv:2306.11695'],
      [2, 'arXiv:2301.00774'],
      [5, 'arXiv:2305.11627'],
    ]);
    expect(rejected).toEqual([
      {
        location: { file: 'papers.jsonl', line: 3, index: 2 },
        reason: expect.stringMatching(/^not valid JSON \(unexpected end of input at column \d+\)$/),
      },
    ]);
    expect(records[2]).toMatchObject({
      authors: ['Xinyin Ma', 'Gongfan Fang', 'Xinchao Wang'],
      keywords: ['structured pruning', 'LLM'],
    });
  });

  it('rejects lines that are not objects or have neither title nor abstract', () => {
    const { records, rejected } = readJsonl(
      '{"title": "A"}\n[1]\n{"abstract": "x"}\n{"authors": "B", "title": " "}\n',
      'a.jsonl',
    );
    expect(records.map((r) => r.location.line)).toEqual([1, 3]);
    expect(rejected.map((r) => [r.location.line, r.reason])).toEqual([
      [2, 'not an object'],
      [4, 'no title and no abstract'],
    ]);
  });

  it('throws when no line is JSON at all', () => {
    expect(() => readJsonl('title,abstract\nA,B\n', 'a.jsonl')).toThrow(
      /^a\.jsonl: not JSON Lines \(line 1: not valid JSON/,
    );
  });
});
