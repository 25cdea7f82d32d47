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
    doc({ child: 'children', hessian: 'hessians', llm: 'LLMs', ethic: 'ethics' }),
    doc({ child: 'children', hessian: 'hessians', llm: 'LLMs', ethic: 'ethics' }),
    doc(),
  ];
  const text = termForms(space, docs);

  it('reads a lemma as both papers write it', () => {
    expect(text(1, 0, 1)).toBe('children');
    expect(text(4, 1, 0)).toBe('ethics');
    expect(text(3, 0, 1)).toBe('LLMs');
  });

  it("keeps the corpus's capitals with the papers' ending", () => {
    expect(text(2, 0, 1)).toBe('Hessians');
  });

  it('reads phrases, and lemmas the two papers write differently, as the corpus does', () => {
    expect(text(0, 0, 1)).toBe('sparse autoencoders');
    expect(text(1, 0, 2)).toBe('child');
    expect(text(1, 2, 2)).toBe('child');
  });
});
