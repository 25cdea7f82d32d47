import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../src/core/text/analyse.ts';
import { rankKeyphrases } from '../../../../src/core/text/keyphrases.ts';
import { unifyPhraseKeys } from '../../../../src/core/text/unify-keys.ts';
import { createNlp, type Nlp } from '../../../../src/core/text/wink.ts';
import type { AnalysedDoc, PhraseOccurrence } from '../../../../src/core/types.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createNlp();
});
const analyse = (...abstracts: string[]) => abstracts.map((a) => analyseDocument(nlp, '', a));
const keyOf = (d: AnalysedDoc, surface: string) =>
  d.phrases.find((p) => p.surface === surface)?.key;
const keys = (d: AnalysedDoc) => d.phrases.map((p) => p.key);

describe('unifyPhraseKeys on analysed abstracts', () => {
  it('reads a bare acronym with the expansion another paper defines', () => {
    const docs = unifyPhraseKeys(
      analyse(
        'Large language models (LLMs) memorise their training data.',
        'We prune LLMs to half their size. LLM inference gets twice as fast.',
      ),
    );
    expect(keyOf(docs[1], 'LLMs')).toBe('larg languag model');
    expect(keyOf(docs[1], 'LLM inference')).toBe('larg languag model infer');
    expect(keys(docs[1])).not.toContain('llm');
    // The keyphrase shown is the expansion's readable form, not the acronym.
    const ranked = rankKeyphrases(docs);
    expect(ranked[1].map((k) => k.text)).toContain('large language models');
    expect(ranked[1].map((k) => k.text)).not.toContain('LLMs');
  });

  it('gives one key to plural, singular, hyphenated, closed and abbreviated forms', () => {
    const docs = unifyPhraseKeys(
      analyse(
        'Sparse autoencoders (SAEs) find interpretable features in language models.',
        'We train sparse auto-encoders on the activations of a vision model.',
        'A sparse autoencoder is trained on the residual stream.',
        'We evaluate SAEs on three benchmarks and compare each SAE with probes.',
      ),
    );
    const key = 'spars autoencod';
    expect(keyOf(docs[0], 'sparse autoencoders')).toBe(key);
    expect(keyOf(docs[1], 'sparse auto-encoders')).toBe(key);
    expect(keyOf(docs[2], 'sparse autoencoder')).toBe(key);
    expect(keyOf(docs[3], 'SAEs')).toBe(key);
    for (const d of docs) expect(keys(d).filter((k) => k === key)).toHaveLength(1);
    const shown = rankKeyphrases(docs).map((list) => list.find((k) => k.key === key)?.text);
    expect(new Set(shown)).toEqual(new Set([expect.stringMatching(/^sparse auto-?encoders?$/)]));
  });

  it('leaves an acronym alone where the corpus expands it two ways', () => {
    const docs = unifyPhraseKeys(
      analyse(
        'A self-attention module (SAM) weighs image regions.',
        'Sharpness-aware minimization (SAM) seeks flat minima of the loss.',
        'We adapt SAM to medical scans with few labels.',
        'Siamese neural networks (SNNs) compare two signatures.',
        'Sparse neural networks (SNNs) prune most weights.',
        'SNNs are hard to train.',
      ),
    );
    // Each defining paper keeps its own expansion; the others keep the acronym.
    expect(keyOf(docs[0], 'self-attention module')).toBe('self attent modul');
    expect(keyOf(docs[1], 'sharpness-aware minimization')).toBe('sharp awar minim');
    expect(keyOf(docs[2], 'SAM')).toBe('sam');
    expect(keyOf(docs[3], 'siamese neural networks')).toBe('siames neural network');
    expect(keyOf(docs[4], 'sparse neural networks')).toBe('spars neural network');
    expect(keyOf(docs[5], 'SNNs')).toBe('snn');
  });

  it('changes nothing in a corpus without such variants', () => {
    const docs = analyse('Graph neural networks pass messages.', 'Kernel methods scale badly.');
    const unified = unifyPhraseKeys(docs);
    expect(unified[0]).toBe(docs[0]);
    expect(unified[1]).toBe(docs[1]);
  });
});

describe('unifyPhraseKeys merging phrases of one paper', () => {
  const phrase = (p: Partial<PhraseOccurrence> & { key: string }): PhraseOccurrence => ({
    surface: p.key,
    firstPosition: 0,
    count: 1,
    inTitle: false,
    ...p,
  });
  const doc = (phrases: PhraseOccurrence[], unexplained: string[] = []): AnalysedDoc => ({
    lemmas: [],
    phrases,
    length: 50,
    ...(unexplained.length ? { acronyms: { defined: [], unexplained } } : {}),
  });

  it('adds up the phrases that now share a key, showing the spelled-out form', () => {
    const [, unified] = unifyPhraseKeys([
      doc([phrase({ key: 'dataset' })]),
      doc(
        [
          phrase({ key: 'kv', surface: 'KV', firstPosition: 2, count: 3, inTitle: true }),
          phrase({ key: 'data set', surface: 'data sets', firstPosition: 9 }),
          phrase({ key: 'dataset', surface: 'dataset', firstPosition: 20, count: 2 }),
          phrase({ key: 'kei valu', surface: 'key-value', firstPosition: 30 }),
        ],
        ['kv'],
      ),
      {
        ...doc([phrase({ key: 'kei valu', surface: 'key-value (KV)' })]),
        acronyms: { defined: [['kv', 'kei valu']], unexplained: [] },
      },
    ]);
    expect(unified.phrases).toEqual([
      {
        key: 'kei valu',
        surface: 'key-value',
        firstPosition: 2,
        count: 4,
        inTitle: true,
      },
      { key: 'dataset', surface: 'dataset', firstPosition: 9, count: 3, inTitle: false },
    ]);
  });
});
