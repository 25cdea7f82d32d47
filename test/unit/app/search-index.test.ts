import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  buildSearchIndexInChunks,
  searchPapers,
  tokenize,
} from '../../../src/app/state/search-index.ts';
import { fixtureGraph } from './fixture.ts';

describe('full-text search', () => {
  const search = buildSearchIndex(fixtureGraph());

  it('is null for an empty query', () => {
    expect(searchPapers(search, '   ')).toBeNull();
  });

  it('finds by title, with prefixes and typos', () => {
    expect(searchPapers(search, 'stochas')![0]).toBe('d');
    expect(searchPapers(search, 'stochastik')![0]).toBe('d');
  });

  it('finds by author and keyphrase', () => {
    expect(searchPapers(search, 'lovelace')).toEqual(['a']);
    expect(searchPapers(search, 'ökonomie')).toContain('f');
  });

  it('ranks title matches first and falls back to any word when all words find nothing', () => {
    expect(searchPapers(search, 'pruning')![0]).toMatch(/^[ab]$/u);
    expect(searchPapers(search, 'pruning zzzzqqq')!.length).toBeGreaterThan(0);
  });
});

describe('search tokenizer', () => {
  it('splits on any sign, in any script, the same way for text and queries', () => {
    expect(tokenize('a=b, x<>y; co-author (2024)')).toEqual([
      'a',
      'b',
      'x',
      'y',
      'co',
      'author',
      '2024',
    ]);
    expect(tokenize('Ökonomie—Straße/東京')).toEqual(['Ökonomie', 'Straße', '東京']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('finds words written next to signs', () => {
    const g = fixtureGraph();
    g.setNodeAttribute('a', 'title', 'When loss=zero and p<>q hold');
    const s = buildSearchIndex(g);
    expect(searchPapers(s, 'zero')).toContain('a');
    expect(searchPapers(s, 'loss=zero')).toContain('a');
    expect(searchPapers(s, 'q')).toContain('a');
  });
});

describe('search index built in chunks', () => {
  it('finds the same papers as the one built at once', async () => {
    const g = fixtureGraph();
    const chunked = await buildSearchIndexInChunks(g, 2);
    const whole = buildSearchIndex(g);
    for (const q of ['stochas', 'lovelace', 'ökonomie', 'pruning zzzzqqq'])
      expect(searchPapers(chunked, q)).toEqual(searchPapers(whole, q));
  });
});
