import { describe, expect, it } from 'vitest';
import { typeAheadMatch } from '../../../src/app/state/type-ahead.ts';

const titles = [
  'Sparse attention',
  'Pruning large networks',
  'Sparse autoencoders',
  'Emergence of sparsity',
  'Quantised training',
];

describe('typeAheadMatch', () => {
  it('finds the first title that starts with the typed letters, ignoring case', () => {
    expect(typeAheadMatch(titles, 0, 'pru')).toBe(1);
    expect(typeAheadMatch(titles, -1, 'QUANT')).toBe(4);
  });

  it('keeps the current title while it still matches what is typed', () => {
    expect(typeAheadMatch(titles, 0, 'sparse a')).toBe(0);
    expect(typeAheadMatch(titles, 0, 'sparse au')).toBe(2);
  });

  it('a first letter moves on to the next title that starts with it, wrapping around', () => {
    expect(typeAheadMatch(titles, 0, 's')).toBe(2);
    expect(typeAheadMatch(titles, 2, 's')).toBe(0);
    expect(typeAheadMatch(titles, -1, 's')).toBe(0);
  });

  it('wraps around from the current title to find a later match before it', () => {
    expect(typeAheadMatch(titles, 3, 'prun')).toBe(1);
  });

  it('gives -1 when nothing matches', () => {
    expect(typeAheadMatch(titles, 0, 'xyz')).toBe(-1);
    expect(typeAheadMatch(titles, 0, 'sparse x')).toBe(-1);
    expect(typeAheadMatch([], -1, 'a')).toBe(-1);
  });
});
