import { describe, expect, it } from 'vitest';
import { undoCapitals } from '../../../../src/core/text/casing.ts';

describe('undoCapitals', () => {
  it('reads a title in capitals in lower case', () => {
    expect(undoCapitals('CUPROUS OXIDE PHOTOVOLTAIC CELLS', '')).toBe(
      'cuprous oxide photovoltaic cells',
    );
  });

  it("takes a capitalised word's form from the abstract, and keeps short acronyms", () => {
    expect(
      undoCapitals('ZNO/CU₂O HETEROJUNCTIONS BY ELECTRODEPOSITION', 'Films of ZnO and Cu₂O.'),
    ).toBe('ZnO/Cu₂O heterojunctions by electrodeposition');
    expect(undoCapitals('DNA REPAIR IN YEAST CELLS', '')).toBe('DNA repair in yeast cells');
  });

  it('leaves titles with lower-case words alone', () => {
    for (const title of ['Sparse autoencoders for LLMs', 'BERT: Pre-training of Deep Transformers'])
      expect(undoCapitals(title, '')).toBe(title);
  });
});
