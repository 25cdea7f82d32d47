import { describe, expect, it } from 'vitest';
import { readableForms } from '../../../../src/core/text/corpus-stats.ts';
import type { AnalysedDoc, PhraseOccurrence } from '../../../../src/core/types.ts';

const doc = (...phrases: Partial<PhraseOccurrence>[]): AnalysedDoc => ({
  lemmas: [],
  length: 10,
  phrases: phrases.map((p) => ({
    key: 'spars autoencod',
    surface: '',
    firstPosition: 0,
    count: 1,
    inTitle: false,
    ...p,
  })),
});

describe('readableForms', () => {
  const keys = new Set(['spars autoencod']);

  it('takes the form most papers write', () => {
    const forms = readableForms(
      [
        doc({ surface: 'sparse autoencoders' }),
        doc({ surface: 'sparse autoencoder' }),
        doc({ surface: 'sparse autoencoders' }),
      ],
      keys,
    );
    expect(forms.get('spars autoencod')).toBe('sparse autoencoders');
  });

  it('takes the spelled-out form over the acronym, however many papers write the acronym', () => {
    const forms = readableForms(
      [
        doc({ surface: 'SAEs', acronym: true }),
        doc({ surface: 'SAEs', acronym: true }),
        doc({ surface: 'Sparse Autoencoders' }),
      ],
      keys,
    );
    expect(forms.get('spars autoencod')).toBe('Sparse Autoencoders');
  });

  it('breaks ties by fewer capitals, then alphabetically', () => {
    const forms = readableForms(
      [doc({ surface: 'Sparse autoencoders' }), doc({ surface: 'sparse autoencoders' })],
      keys,
    );
    expect(forms.get('spars autoencod')).toBe('sparse autoencoders');
  });
});
