import { describe, expect, it } from 'vitest';
import {
  isVagueKeyphrase,
  isVagueLemma,
  isVaguePhrase,
} from '../../../../src/core/text/vague-terms.ts';

describe('isVaguePhrase', () => {
  it('takes phrases of vague words and umbrella disciplines, research words or not', () => {
    for (const key of [
      'small fraction',
      'train cost',
      'semin work',
      'independ interest',
      'machin learn problem',
    ])
      expect([key, isVaguePhrase(key)]).toEqual([key, true]);
  });

  it('keeps phrases with a specific word', () => {
    for (const key of ['calibr set', 'volum fraction', 'sampl prepar', 'graph transform network'])
      expect([key, isVaguePhrase(key)]).toEqual([key, false]);
  });
});

describe('isVagueLemma', () => {
  it('takes words of time and research activity', () => {
    for (const lemma of ['day', 'investigation', 'preparation', 'conclusion', 'proof', 'iterative'])
      expect([lemma, isVagueLemma(lemma)]).toEqual([lemma, true]);
    expect(isVagueLemma('transformer')).toBe(false);
  });
});

describe('isVagueKeyphrase', () => {
  it('takes vague words alone, and vague phrases that grade, refer to research or measure', () => {
    for (const key of [
      'time',
      'accuraci',
      'small fraction',
      'train cost',
      'size increas',
      'semin work',
      'larg number',
    ])
      expect([key, isVagueKeyphrase(key)]).toEqual([key, true]);
  });

  it('keeps terms made of broad words', () => {
    for (const key of ['learn rate', 'loss function', 'numer simul', 'data structur', 'calibr set'])
      expect([key, isVagueKeyphrase(key)]).toEqual([key, false]);
  });
});
