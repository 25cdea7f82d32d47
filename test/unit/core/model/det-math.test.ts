import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosSin, ln } from '../../../../src/core/model/det-math.ts';

const close = (a: number, b: number, tolerance = 4e-16) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));

describe('logarithm and trigonometry the same in every engine', () => {
  it('gives the logarithm to the last bit or two', () => {
    expect(ln(1)).toBe(0);
    expect(close(ln(Math.E), 1)).toBe(true);
    expect(close(ln(2), Math.LN2)).toBe(true);
    expect(ln(0)).toBe(-Infinity);
    expect(ln(-1)).toBeNaN();
    expect(ln(Infinity)).toBeNaN();
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) =>
        close(ln(x), Math.log(x), 1e-15),
      ),
    );
    // As TF-IDF uses it: counts and document frequencies.
    for (let n = 1; n <= 5000; n++) expect(close(ln(n), Math.log(n), 4e-16)).toBe(true);
  });

  it('gives cosine and sine to the last bit or two, in every quarter', () => {
    expect(cosSin(0)).toEqual([1, 0]);
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (t) => {
        const [c, s] = cosSin(t);
        return close(c, Math.cos(t), 1e-13) && close(s, Math.sin(t), 1e-13);
      }),
    );
    for (let i = 0; i <= 64; i++) {
      const t = (2 * Math.PI * i) / 64;
      const [c, s] = cosSin(t);
      expect(Math.abs(c - Math.cos(t))).toBeLessThan(5e-16);
      expect(Math.abs(s - Math.sin(t))).toBeLessThan(5e-16);
    }
  });
});
