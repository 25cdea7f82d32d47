import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CorpusBuilder,
  docsContaining,
  prepareCorpus,
} from '../../../src/app/state/phrase-corpus.ts';
import { phraseKey, tokenize } from '../../../src/app/state/phrase-match.ts';

const key = (phrase: string) => phraseKey(tokenize(phrase));
/** Whether a text (one segment) mentions the phrase. */
const mentions = (text: string, phrase: string) =>
  docsContaining(prepareCorpus([[text]]), key(phrase)).length === 1;

describe('phrase matching in a text', () => {
  it('ignores case, plurals, hyphens and spacing', () => {
    for (const text of [
      'We train sparse autoencoders on GPT-2.',
      'We train a Sparse Autoencoder on GPT-2.',
      'We train sparse auto-encoders on GPT-2.',
      'We train SPARSE AUTO ENCODERS on GPT-2.',
      'We train sparse-autoencoders on GPT-2.',
      'We train sparse\nautoencoders on GPT-2.',
    ]) {
      expect(mentions(text, 'sparse autoencoders'), text).toBe(true);
      expect(mentions(text, 'sparse auto-encoder'), text).toBe(true);
      expect(mentions(text, 'autoencoders'), text).toBe(true);
    }
  });

  it('matches whole words only', () => {
    expect(mentions('sparse attentional maps', 'sparse attention')).toBe(false);
    expect(mentions('the pruned network', 'prune')).toBe(false);
    expect(mentions('unpruned networks', 'pruned')).toBe(false);
    expect(mentions('a subsparse autoencoder', 'sparse autoencoder')).toBe(false);
    expect(mentions('sparse attention, and more', 'sparse attention')).toBe(true);
    expect(mentions('GPT-2 Small', 'gpt 2')).toBe(true);
    expect(mentions('GPT-20', 'gpt 2')).toBe(false);
  });

  it('does not run a phrase across sentence or clause punctuation', () => {
    expect(mentions('The model is sparse. Autoencoders are dense.', 'sparse autoencoders')).toBe(
      false,
    );
    expect(mentions('dense, sparse; autoencoders', 'sparse autoencoders')).toBe(false);
    expect(mentions('sparse (autoencoders)', 'sparse autoencoders')).toBe(false);
    expect(mentions('dense, sparse; autoencoders', 'sparse; autoencoders')).toBe(true);
    expect(mentions('dense, sparse; autoencoders', 'dense sparse')).toBe(false);
    expect(mentions('dense sparse autoencoders', 'dense, sparse')).toBe(false);
    expect(mentions('N:M sparsity', 'n:m sparsity')).toBe(true);
    expect(mentions('N:M sparsity', 'N M sparsity')).toBe(true);
  });

  it('handles Unicode: composition, accents, other scripts', () => {
    expect(mentions('Ökonomische Modelle der Ökonomie', 'ökonomie')).toBe(true);
    expect(mentions('O\u0308konomie', 'Ökonomie')).toBe(true);
    expect(mentions('a naïve baseline', 'naive baselines')).toBe(true);
    expect(mentions('Ökonomische Modelle', 'ökonomie')).toBe(false);
    expect(mentions('日本の経済学について', '経済')).toBe(true);
    expect(mentions('日本の経済学について', '経済学')).toBe(true);
    expect(mentions('日本の経済学について', '経営')).toBe(false);
    expect(mentions('Beyond ℓ1 sparse coding', 'l1 sparse coding')).toBe(true);
  });

  it('treats an HTML-ish phrase as its words, and finds nothing in a phrase without words', () => {
    expect(mentions('we use <b>sparse</b> codes', '<b>sparse</b>')).toBe(true);
    expect(mentions('we use sparse codes', '<b>sparse</b>')).toBe(false);
    expect(mentions('<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>')).toBe(true);
    expect(mentions('anything at all', '<>')).toBe(false);
    expect(mentions('regex (.*) specials', '.*')).toBe(false);
    expect(mentions('', 'sparse')).toBe(false);
  });

  it('finds any run of a text’s words in it (property)', () => {
    const alphabet = [...'abcsé経 -–/.,;()'].map((c) => fc.constant(c));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(...alphabet), { maxLength: 40 }).map((cs) => cs.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const tokens = tokenize(text);
          if (tokens.length === 0) return;
          const from = a % tokens.length;
          let to = from + 1 + (b % (tokens.length - from));
          // A phrase is within one run between breaks.
          const stop = tokens.findIndex((t, i) => i > from && t.breakBefore);
          if (stop >= 0) to = Math.min(to, stop);
          const phrase = tokens
            .slice(from, to)
            .map((t) => t.surface)
            .join(' ');
          expect(mentions(text, phrase)).toBe(true);
        },
      ),
    );
  });
});

describe('a prepared corpus', () => {
  const corpus = prepareCorpus([
    ['Sparse autoencoders', 'We study features.', 'sparse coding; interpretability'],
    ['Pruning', 'Sparse training of networks.', ''],
    ['Sparse', 'Autoencoders for images.', 'autoencoders'],
  ]);

  it('answers which documents mention a phrase, in order', () => {
    expect(docsContaining(corpus, key('sparse autoencoder'))).toEqual([0]);
    expect(docsContaining(corpus, key('autoencoders'))).toEqual([0, 2]);
    expect(docsContaining(corpus, key('sparse'))).toEqual([0, 1, 2]);
    expect(docsContaining(corpus, key('networks'))).toEqual([1]);
    expect(docsContaining(corpus, key(''))).toEqual([]);
  });

  it('keeps segments and documents apart', () => {
    // Doc 2's title "Sparse" and abstract "Autoencoders" are different segments.
    expect(docsContaining(corpus, key('coding interpretability'))).toEqual([]);
    expect(docsContaining(corpus, key('features sparse coding'))).toEqual([]);
    expect(docsContaining(corpus, key('interpretability pruning'))).toEqual([]);
  });

  it('writes words out with `expand`, given them as written', () => {
    const builder = new CorpusBuilder((w) =>
      w === 'SAEs' ? ['sparse', 'autoencoder'] : undefined,
    );
    builder.add(['We train SAEs.']);
    builder.add(['saes are not expanded']);
    const c = builder.finish();
    expect(docsContaining(c, key('sparse autoencoders'))).toEqual([0]);
    expect(docsContaining(c, key('saes'))).toEqual([1]);
  });
});
