import { describe, expect, it } from 'vitest';
import {
  buildKeyphraseIndex,
  normaliseKeyphrase,
  suggestKeyphrases,
} from '../../../src/app/state/keyphrases.ts';

const index = buildKeyphraseIndex([
  { key: 'a', keywords: ['Pruning', 'sparse networks'] },
  { key: 'b', keywords: ['pruning', 'structured pruning'] },
  { key: 'c', keywords: ['pruning', 'GPU'] },
  { key: 'd', keywords: ['network pruning', 'gpu'] },
]);

describe('keyphrase index', () => {
  it('normalises case, spaces and unicode composition', () => {
    expect(normaliseKeyphrase('  Sparse\tNetworks ')).toBe('sparse networks');
    expect(normaliseKeyphrase('O\u0308konomie')).toBe('ökonomie');
  });

  it('counts papers per keyphrase and shows the most used surface form', () => {
    expect(index.get('pruning')!.papers.size).toBe(3);
    expect(index.get('pruning')!.label).toBe('pruning');
    expect(index.get('gpu')!.label).toBe('GPU'); // tie: first by code point
    expect([...index.keys()][0]).toBe('pruning');
  });

  it('suggests prefix matches first, then word starts, then substrings', () => {
    expect(suggestKeyphrases(index, 'prun', []).map((e) => e.key)).toEqual([
      'pruning',
      'network pruning',
      'structured pruning',
    ]);
    // Substrings inside words: by paper count, then alphabetically.
    expect(suggestKeyphrases(index, 'etwork', []).map((e) => e.key)).toEqual([
      'network pruning',
      'sparse networks',
    ]);
  });

  it('leaves out chosen keyphrases and respects the limit', () => {
    expect(suggestKeyphrases(index, 'prun', ['pruning']).map((e) => e.key)).not.toContain(
      'pruning',
    );
    expect(suggestKeyphrases(index, '', [], 2)).toHaveLength(2);
  });
});
