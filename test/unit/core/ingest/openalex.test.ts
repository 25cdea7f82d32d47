import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/errors.ts';
import {
  abstractFromInvertedIndex,
  looksLikeOpenAlex,
  readOpenAlex,
} from '../../../../src/core/ingest/openalex.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');

describe('readOpenAlex on a /works API response', () => {
  const { records, rejected } = readOpenAlex(fixture('openalex-works.json'), 'works.json');

  it('reads every work of "results", keyed by its OpenAlex id', () => {
    expect(records.map((r) => [r.location.index, r.location.key])).toEqual([
      [0, 'W4313679238'],
      [1, 'W4385245566'],
      [2, 'W2963263347'],
      [4, 'W4366000000'],
    ]);
  });

  it('rejects a work with no title and no abstract, by index and id', () => {
    expect(rejected).toEqual([
      {
        location: { file: 'works.json', index: 3, key: 'W4210000000' },
        reason: 'no title and no abstract',
      },
    ]);
  });

  it('rebuilds the abstract from the inverted index', () => {
    expect(records[0].abstract).toBe(
      'We show for the first time that large-scale generative pretrained transformer (GPT) family models can be pruned to at least 50% sparsity in one-shot, without any retraining, at minimal loss of accuracy. This is achieved via a new pruning method called SparseGPT, specifically designed to work efficiently and accurately on massive GPT-family models.',
    );
    expect(records[2].abstract).toBeUndefined();
  });

  it('maps authors, year, DOI, source, arXiv id and cited_by_count as citations', () => {
    expect(records[0]).toMatchObject({
      title: 'SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot',
      authors: ['Elias Frantar', 'Dan Alistarh'],
      year: '2023',
      doi: 'https://doi.org/10.48550/arxiv.2301.00774',
      venue: 'arXiv (Cornell University)',
      url: 'https://arxiv.org/abs/2301.00774',
      arxivId: '2301.00774',
      citations: 312,
    });
    expect(records[0].extra).toEqual({
      openalex: 'W4313679238',
      type: 'preprint',
      topic: 'Sparse and Compressive Sensing Techniques',
    });
  });
});

describe('readOpenAlex on a single work (older API: host_venue)', () => {
  const { records, rejected } = readOpenAlex(fixture('openalex-work.json'), 'work.json');

  it('reads the work, its venue from host_venue, and a raw author name when no display name', () => {
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Gradient-based learning applied to document recognition',
      authors: ['Yann LeCun', 'Léon Bottou', 'Y. Bengio', 'Patrick Haffner'],
      venue: 'Proceedings of the IEEE',
      year: '1998',
      citations: 48213,
    });
    expect(records[0].abstract).toMatch(
      /^Multilayer neural networks trained .* technique\. This paper reviews Convolutional neural networks for handwritten character recognition\.$/,
    );
  });
});

describe('abstractFromInvertedIndex', () => {
  it('places words at their positions and skips malformed ones', () => {
    expect(
      abstractFromInvertedIndex({ b: [1], a: [0, 2], bad: [-1, 1.5, 'x', 1e9], c: 'no' }),
    ).toBe('a b a');
    expect(abstractFromInvertedIndex(null)).toBeUndefined();
    expect(abstractFromInvertedIndex({})).toBeUndefined();
    expect(abstractFromInvertedIndex({ ['__proto__']: [0], constructor: [1] })).toBe(
      '__proto__ constructor',
    );
  });
});

describe('abstractFromInvertedIndex, as a property', () => {
  it('gives back any abstract OpenAlex inverted', () => {
    const word = fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/\s/.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
        const index: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
        words.forEach((w, i) => (index[w] ??= []).push(i));
        expect(abstractFromInvertedIndex(JSON.parse(JSON.stringify(index)))).toBe(words.join(' '));
      }),
      { numRuns: 200 },
    );
  });
});

describe('readOpenAlex edge cases', () => {
  it('throws an InputError for an API error, invalid JSON, or JSON without works', () => {
    expect(() =>
      readOpenAlex(
        '{"error": "Invalid query parameters error.", "message": "bad filter"}',
        'e.json',
      ),
    ).toThrow('e.json: OpenAlex API error: bad filter');
    expect(() => readOpenAlex('{"results": [', 'x.json')).toThrow(/^x\.json: not valid JSON/);
    expect(() => readOpenAlex('{"meta": {}}', 'x.json')).toThrow(InputError);
  });

  it('reads works under another wrapper, as the generic JSON reader would', () => {
    const { records } = readOpenAlex('{"papers": [{"title": "A", "cited_by_count": 4}]}', 'p.json');
    expect(records).toMatchObject([{ title: 'A', citations: 4 }]);
  });

  it('accepts a bare array of works and ignores a negative or fractional count', () => {
    const { records } = readOpenAlex(
      '[{"display_name": "A", "cited_by_count": -3}, {"title": "B", "cited_by_count": 2.5}]',
      'a.json',
    );
    expect(records.map((r) => [r.title, r.citations])).toEqual([
      ['A', undefined],
      ['B', undefined],
    ]);
  });

  it('recognises OpenAlex JSON from its keys or ids', () => {
    expect(looksLikeOpenAlex(fixture('openalex-works.json'))).toBe(true);
    expect(looksLikeOpenAlex('{"id": "https://openalex.org/W123"}')).toBe(true);
    expect(looksLikeOpenAlex('[{"title": "x", "abstract": "y"}]')).toBe(false);
  });
});
