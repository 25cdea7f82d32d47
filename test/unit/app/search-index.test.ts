import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchPapers } from '../../../src/app/state/search-index.ts';
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
