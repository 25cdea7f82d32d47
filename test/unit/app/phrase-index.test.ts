import { describe, expect, it } from 'vitest';
import {
  buildPhraseIndex,
  buildPhraseIndexInChunks,
  type PaperText,
} from '../../../src/app/state/phrase-index.ts';

const papers: PaperText[] = [
  {
    key: 'defines',
    title: 'Provable feature recovery',
    abstract: 'We study Sparse Autoencoders (SAEs) for interpretability. SAEs are trained on LLMs.',
    keywords: ['feature recovery'],
  },
  {
    key: 'acronym-only',
    title: 'Gradient SAEs',
    abstract: 'TopK SAEs select k latents.',
    keywords: ['TopK SAEs'],
  },
  {
    key: 'hyphenated',
    title: 'Auto-encoders, sparsely',
    abstract: 'A sparse auto-encoder with matching pursuit.',
    keywords: [],
  },
  {
    key: 'keyword-only',
    title: 'Dictionary learning',
    abstract: 'We learn dictionaries.',
    keywords: ['sparse autoencoders'],
  },
  {
    key: 'unrelated',
    title: 'Sparse attention',
    abstract: 'Sparse attentional patterns. Autoencoders are not our topic.',
    keywords: ['sparse attention'],
  },
];

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('phrase index', () => {
  const index = buildPhraseIndex(papers);

  it('finds a phrase in titles, abstracts and keyphrases, in any of its forms', () => {
    const all = ['acronym-only', 'defines', 'hyphenated', 'keyword-only'];
    expect(sorted(index.papersMatching('sparse autoencoders'))).toEqual(all);
    expect(sorted(index.papersMatching('Sparse Auto-Encoder'))).toEqual(all);
    expect(sorted(index.papersMatching('saes'))).toEqual(all);
    expect(sorted(index.papersMatching('sae'))).toEqual(all);
  });

  it('writes out an acronym in every paper, where it is written in capitals', () => {
    const texts = buildPhraseIndex([
      { key: 'x', title: 'sparse autoencoders (SAEs)', abstract: '', keywords: [] },
      { key: 'y', title: 'We saw a sae.', abstract: '', keywords: [] },
      { key: 'z', title: 'An SAE without its definition', abstract: '', keywords: [] },
    ]);
    expect(sorted(texts.papersMatching('sparse autoencoder'))).toEqual(['x', 'z']);
    expect(sorted(texts.papersMatching('sae'))).toEqual(['x', 'y', 'z']);
  });

  it('keeps word boundaries', () => {
    expect(sorted(index.papersMatching('sparse attention'))).toEqual(['unrelated']);
    expect(sorted(index.papersMatching('attention'))).toEqual(['unrelated']);
    expect(sorted(index.papersMatching('topk sae'))).toEqual(['acronym-only']);
    expect(sorted(index.papersMatching('auto'))).toEqual(['hyphenated']);
  });

  it('finds nothing for a phrase without words or mentioned nowhere', () => {
    expect(index.papersMatching('').size).toBe(0);
    expect(index.papersMatching('<>').size).toBe(0);
    expect(index.papersMatching('quantum gravity').size).toBe(0);
  });

  it('remembers answers', () => {
    expect(index.papersMatching('sparse autoencoders')).toBe(
      index.papersMatching('sparse autoencoders'),
    );
  });

  it('builds the same index in chunks', async () => {
    const chunked = await buildPhraseIndexInChunks(papers, 2);
    for (const phrase of ['sparse autoencoders', 'saes', 'sparse attention', 'llm'])
      expect(sorted(chunked.papersMatching(phrase))).toEqual(sorted(index.papersMatching(phrase)));
    expect(chunked.acronyms).toEqual(index.acronyms);
  });
});
