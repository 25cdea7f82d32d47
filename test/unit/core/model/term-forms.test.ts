import { describe, expect, it } from 'vitest';
import { termForms } from '../../../../src/core/model/term-forms.ts';
import type { AnalysedDoc } from '../../../../src/core/types.ts';

const doc = (lemmaForms?: Record<string, string>): AnalysedDoc => ({
  lemmas: [],
  phrases: [],
  length: 0,
  ...(lemmaForms ? { lemmaForms } : {}),
});

describe('termForms', () => {
  const space = {
    features: ['sparse autoencoders', 'child', 'Hessian', 'LLM', 'ethic'],
    lemmas: [null, 'child', 'hessian', 'llm', 'ethic'],
  };
  const docs = [
    doc({ child: 'children', hessian: 'hessians', llm: 'LLMs' }),
    doc({ ethic: 'ethics' }),
    doc(),
  ];
  const text = termForms(space, docs);

  it('reads a lemma as the papers write it, the source paper first', () => {
    expect(text(1, 0, 2)).toBe('children');
    expect(text(4, 0, 1)).toBe('ethics');
    expect(text(3, 0, 1)).toBe('LLMs');
  });

  it("keeps the corpus's capitals with the papers' ending", () => {
    expect(text(2, 0, 1)).toBe('Hessians');
  });

  it('keeps phrases, and lemmas neither paper writes otherwise, as the corpus reads them', () => {
    expect(text(0, 0, 1)).toBe('sparse autoencoders');
    expect(text(1, 1, 2)).toBe('child');
  });
});
