import { describe, expect, it } from 'vitest';
import {
  fieldForName,
  recordFromPairs,
  splitKeywords,
} from '../../../../src/core/ingest/fields.ts';

const location = { file: 'x', index: 0 };

describe('field names', () => {
  it.each([
    ['Title', 'title'],
    ['SUMMARY', 'abstract'],
    ['Abstract Note', 'abstract'],
    ['arxiv_id', 'arxivId'],
    ['arxivId', 'arxivId'],
    ['ArXiv ID', 'arxivId'],
    ['container-title', 'venue'],
    ['Publication Year', 'year'],
    ['Author Keywords', 'keywords'],
  ])('reads %j as %s', (name, field) => {
    expect(fieldForName(name)).toBe(field);
  });

  it.each(['keyphrases', 'keyphrases_controlled', 'label', 'tags', 'notes'])(
    'does not read %j as a known field',
    (name) => {
      expect(fieldForName(name)).toBeUndefined();
    },
  );
});

describe('splitKeywords', () => {
  it('splits on ";" first, else on ","', () => {
    expect(splitKeywords('pruning; sparsity, structured')).toEqual([
      'pruning',
      'sparsity, structured',
    ]);
    expect(splitKeywords('pruning, sparsity')).toEqual(['pruning', 'sparsity']);
    expect(splitKeywords(['a ', '', 3, 'b'])).toEqual(['a', 'b']);
  });
});

describe('recordFromPairs', () => {
  it('keeps unknown fields as strings, including ones named like Object members', () => {
    const record = recordFromPairs(
      [
        ['title', 'T'],
        ['constructor', 'c'],
        ['__proto__', 'p'],
        ['score', 0.5],
        ['nested', { a: 1 }],
        ['empty', '  '],
      ],
      location,
    );
    expect(record.extra).toEqual({ constructor: 'c', ['__proto__']: 'p', score: '0.5' });
    expect(Object.getPrototypeOf(record.extra)).toBe(Object.prototype);
  });

  it('prefers the better alias when two are present, whatever their order', () => {
    const record = recordFromPairs(
      [
        ['description', 'D'],
        ['abstract', 'A'],
        ['title', 'T'],
      ],
      location,
    );
    expect(record.abstract).toBe('A');
    expect(record.extra).toEqual({ description: 'D' });
  });

  it('falls back to a worse alias when the better one is empty', () => {
    const record = recordFromPairs(
      [
        ['abstract', ''],
        ['summary', 'S'],
      ],
      location,
    );
    expect(record.abstract).toBe('S');
  });
});

describe('citation counts (issue 9)', () => {
  it.each([
    ['citationCount', 'citations'], // Semantic Scholar
    ['cited_by_count', 'citations'], // OpenAlex
    ['Cited by', 'citations'], // Scopus CSV
    ['citations', 'citations'],
    ['cited_by', 'citations'],
  ])('reads %s as %s', (name, field) => expect(fieldForName(name)).toBe(field));

  it('reads counts as non-negative integers and keeps anything else in extra', () => {
    const rec = (v: unknown) => recordFromPairs([['Cited by', v]], location);
    expect(rec('14').citations).toBe(14);
    expect(rec(9120).citations).toBe(9120);
    expect(rec('1,234').citations).toBe(1234);
    expect(rec('0').citations).toBe(0);
    expect(rec('n/a')).toEqual({ location, extra: { 'Cited by': 'n/a' } });
    expect(rec(-3).citations).toBeUndefined();
    expect(rec(2.5).citations).toBeUndefined();
  });
});
