import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uncovered } from '../../../../src/core/model/shared-terms.ts';

/** The rule as stated: a term goes when another with more words, or an equal one ranked before it, holds all its words. */
function uncoveredByDefinition(terms: { f: number }[], stemsOf: (f: number) => string[]) {
  return terms.filter((term, r) => {
    const mine = stemsOf(term.f);
    return !terms.some((other, q) => {
      if (q === r) return false;
      const theirs = stemsOf(other.f);
      const holds = mine.every((w) => theirs.includes(w));
      return holds && (theirs.length > mine.length || (theirs.length === mine.length && q < r));
    });
  });
}

describe('uncovered: the shared terms not inside another', () => {
  it('drops the words of a phrase the two papers share, and a repeat of a word', () => {
    const stems = [['autoencod', 'spars'], ['autoencod'], ['spars'], ['model'], ['model'], []];
    const terms = stems.map((_, f) => ({ f }));
    expect(uncovered(terms, (f) => stems[f]).map((t) => t.f)).toEqual([0, 3]);
  });

  it('agrees with the rule as stated on any ranked list of terms', () => {
    const word = fc.constantFrom('spars', 'autoencod', 'model', 'languag', 'larg', 'prun');
    const stemSet = fc.uniqueArray(word, { maxLength: 3 }).map((ws) => [...ws].sort());
    fc.assert(
      fc.property(fc.array(stemSet, { maxLength: 14 }), (stems) => {
        const terms = stems.map((_, f) => ({ f }));
        const stemsOf = (f: number) => stems[f];
        expect(uncovered(terms, stemsOf)).toEqual(uncoveredByDefinition(terms, stemsOf));
      }),
      { numRuns: 2000 },
    );
  });
});
