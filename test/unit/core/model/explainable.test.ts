import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import {
  createNounTest,
  explainableFeatures,
  isVagueLemma,
  isVaguePhrase,
} from '../../../../src/core/model/explainable.ts';
import type { AnalysedDoc } from '../../../../src/core/types.ts';

const doc = (lemmas: string[], nounLemmas?: string[]): AnalysedDoc => ({
  lemmas,
  nounLemmas,
  phrases: [],
  length: lemmas.length,
});
/** A phrase key as the text stage spells it: Porter stems. */
const key = (phrase: string) => phrase.split(' ').map(stemmer).join(' ');

describe('vague words', () => {
  it('calls words about the research itself, grading words and broad nouns vague', () => {
    const vague = [
      'approach',
      'method',
      'result',
      'performance',
      'model',
      'data',
      'assumption',
      'world',
      'effort',
      'answer',
      'novel',
      'significant',
      'high',
      'low',
      'open',
      'general',
      'baseline',
      'input',
      'cost',
      'trade-off',
      'machine',
      'learning',
      'optimal',
      'measure',
    ];
    for (const w of vague) expect(isVagueLemma(w), w).toBe(true);
  });

  it('keeps topical nouns', () => {
    const topical = [
      'gradient',
      'pruning',
      'sparsity',
      'attention',
      'convergence',
      'token',
      'hessian',
      'autoencoder',
      'quantization',
      'galaxy',
      // Porter gives these the stems of broad words ("optimal", "general", "measure").
      'optimization',
      'estimation',
      'generalization',
      'measurement',
      'operator',
      'factorization',
      'connectivity',
    ];
    for (const w of topical) expect(isVagueLemma(w), w).toBe(false);
  });

  it('calls a phrase vague only when all its words are, or it is an umbrella discipline', () => {
    expect(isVaguePhrase(key('source code'))).toBe(true);
    expect(isVaguePhrase(key('numerical results'))).toBe(true);
    expect(isVaguePhrase(key('end to end'))).toBe(true);
    expect(isVaguePhrase(key('machine learning'))).toBe(true);
    expect(isVaguePhrase(key('machine learning problems'))).toBe(true);
    expect(isVaguePhrase(key('sparse attention'))).toBe(false);
    expect(isVaguePhrase(key('large language models'))).toBe(false);
    expect(isVaguePhrase(key('sample complexity'))).toBe(false);
    expect(isVaguePhrase(key('extensive experiments'))).toBe(true);
    expect(isVaguePhrase(key('second order methods'))).toBe(false);
  });
});

describe('createNounTest', () => {
  it('accepts a lemma that is a noun in most of its occurrences across the corpus', () => {
    const isNoun = createNounTest([
      doc(['yield', 'yield', 'pruning'], ['pruning']),
      doc(['yield', 'pruning', 'pruning', 'base'], ['yield', 'pruning', 'pruning']),
    ]);
    expect(isNoun('pruning')).toBe(true);
    expect(isNoun('yield')).toBe(false); // a noun once in three
    expect(isNoun('base')).toBe(false);
    expect(isNoun('unseen')).toBe(false);
  });

  it('falls back to the noun-phrase vocabulary for docs without noun lemmas', () => {
    const d: AnalysedDoc = {
      lemmas: ['sparse', 'attention', 'require'],
      phrases: [
        {
          key: 'spars attent',
          surface: 'sparse attention',
          firstPosition: 0,
          count: 1,
          inTitle: false,
        },
      ],
      length: 3,
    };
    const isNoun = createNounTest([d]);
    expect(isNoun('attention')).toBe(true);
    expect(isNoun('require')).toBe(false);
  });
});

describe('explainableFeatures', () => {
  it('keeps specific phrases and topical nouns, and drops verbs, vague words and symbols', () => {
    const isNoun = (l: string) => ['gradient', 'model', 'nm', 'kv-cache'].includes(l);
    expect(
      explainableFeatures(
        [
          'p:spars attent',
          'p:sourc code',
          'w:gradient',
          'w:model',
          'w:require',
          'w:nm',
          'w:kv-cache',
        ],
        isNoun,
      ),
    ).toEqual([true, false, true, false, false, false, true]);
  });
});
