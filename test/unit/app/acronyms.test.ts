import { describe, expect, it } from 'vitest';
import {
  acronymCore,
  buildAcronymTable,
  findAcronymDefinitions,
  phraseKeys,
} from '../../../src/app/state/acronyms.ts';

describe('acronym definitions', () => {
  it('finds "long form (ACRONYM)" with the words that spell it', () => {
    expect(
      findAcronymDefinitions(
        'Sparse autoencoders (SAEs) are popular. We propose Sequential Chunk-wise Optimization (SeCO) ' +
          'and the Sinkhorn-Newton-Sparse (SNS) method for large language models (LLMs).',
      ),
    ).toEqual([
      { short: 'SAE', long: 'Sparse autoencoders' },
      { short: 'SeCO', long: 'Sequential Chunk-wise Optimization' },
      { short: 'SNS', long: 'Sinkhorn-Newton-Sparse' },
      { short: 'LLM', long: 'large language models' },
    ]);
  });

  it('takes the shortest long form, within the clause', () => {
    expect(findAcronymDefinitions('In this paper, we train deep neural networks (DNNs).')).toEqual([
      { short: 'DNN', long: 'deep neural networks' },
    ]);
    expect(findAcronymDefinitions('Networks. Deep (DN)')).toEqual([]);
  });

  it('skips parentheses that are not acronyms or whose letters are not there', () => {
    expect(
      findAcronymDefinitions(
        'a method (Ours) (see below) (e.g. this) (x) (2024) sparse models (GPU) (N:M) g (g-SAEs)',
      ),
    ).toEqual([]);
  });

  it('reduces plural acronyms to their core', () => {
    expect(acronymCore('SAEs')).toBe('SAE');
    expect(acronymCore('LLMs')).toBe('LLM');
    expect(acronymCore('SeCO')).toBe('SeCO');
    expect(acronymCore('Ours')).toBe('Ours');
  });
});

describe('the acronym table', () => {
  it('keeps acronyms with one expansion up to case, plural and hyphens', () => {
    const table = buildAcronymTable([
      'We train sparse autoencoders (SAEs).',
      'Sparse Auto-Encoders (SAE) again.',
      'Sparse neural networks (SNNs) are small.',
      'Spiking neural networks (SNNs) spike.',
    ]);
    expect(table.bySurface.get('SAE')).toEqual(['sparse', 'autoencoder']);
    expect(table.byLower.get('sae')).toEqual(['sparse', 'autoencoder']);
    // Two meanings in one corpus: not used.
    expect(table.bySurface.has('SNN')).toBe(false);
    expect(table.byLower.has('snn')).toBe(false);
  });

  it('gives a phrase its literal and its written-out key', () => {
    const table = buildAcronymTable(['Sparse autoencoders (SAEs) and matching pursuit (MP).']);
    expect(phraseKeys('saes', table)).toEqual(['sae', 'sparseautoencoder']);
    expect(phraseKeys('TopK SAE', table)).toEqual(['topksae', 'topksparseautoencoder']);
    expect(phraseKeys('mp-sae', table)).toEqual(['mpsae', 'matchingpursuitsparseautoencoder']);
    expect(phraseKeys('sparse autoencoders', table)).toEqual(['sparseautoencoder']);
    expect(phraseKeys('(.)', table)).toEqual([]);
  });
});
