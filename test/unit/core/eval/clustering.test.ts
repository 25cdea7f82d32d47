import { describe, expect, it } from 'vitest';
import {
  adjustedRandIndex,
  normalizedMutualInformation,
} from '../../../../src/core/eval/clustering.ts';

describe('normalizedMutualInformation', () => {
  it('is 1 for the same partition under other names', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [1, 1, 0, 0])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation(['a', 'a', 'b'], [5, 5, 7])).toBeCloseTo(1, 12);
  });

  it('matches scikit-learn on a refinement', () => {
    expect(normalizedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(
      0.5158037429935246,
      9, // sklearn's float path differs from the exact value in the 11th digit
    );
  });

  it('is 0 for independent labelings', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBe(0);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 0, 0])).toBe(0);
  });

  it('treats two unsplit labelings as a match, like scikit-learn', () => {
    expect(normalizedMutualInformation([3, 3, 3], [1, 1, 1])).toBe(1);
  });

  it('keeps the string "1" and the number 1 apart', () => {
    expect(normalizedMutualInformation(['1', 1, '1', 1], [0, 1, 0, 1])).toBeCloseTo(1, 12);
  });

  it('rejects labelings of different lengths', () => {
    expect(() => normalizedMutualInformation([0, 1], [0])).toThrow(/papermap eval/);
  });
});

describe('adjustedRandIndex', () => {
  it('matches scikit-learn values', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714, 9);
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    // sklearn.metrics.adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1]) and its documented -0.5 case.
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714, 9);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('is 1 for matching trivial partitions', () => {
    expect(adjustedRandIndex([0, 0, 0], [1, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 0, 1])).toBe(1);
  });
});
