import { describe, expect, it } from 'vitest';
import { standsAloneTest } from '../../../../src/core/model/bound-terms.ts';
import { createTermRedundancy } from '../../../../src/core/model/shared-terms.ts';
import type { AnalysedDoc } from '../../../../src/core/types.ts';

const doc = (boundStems?: string[]): AnalysedDoc => ({
  lemmas: [],
  phrases: [],
  length: 1,
  ...(boundStems ? { boundStems } : {}),
});

describe('standsAloneTest', () => {
  const space = { lemmas: ['transformer', 'network', null] };
  const docs = [doc(), doc(['graph', 'transform'])];
  const standsAlone = standsAloneTest(space, docs);

  it('refuses a word where the paper only uses it to qualify another noun', () => {
    expect(standsAlone(0, 0)).toBe(true);
    expect(standsAlone(0, 1)).toBe(false);
    expect(standsAlone(1, 1)).toBe(true);
  });

  it('always accepts phrases', () => {
    expect(standsAlone(2, 1)).toBe(true);
  });

  it('keeps such a word out of the shared terms of a link', () => {
    const shared = createTermRedundancy(['transformer', 'networks', 'sequence models'], 5);
    const v = { indices: [0, 1, 2], values: [0.6, 0.5, 0.4] };
    expect(shared(v, v)).toEqual(['sequence models', 'transformer', 'networks']);
    expect(shared(v, v, undefined, (f) => standsAlone(f, 0) && standsAlone(f, 1))).toEqual([
      'sequence models',
      'networks',
    ]);
  });
});
