import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barLayout, countInRange, yearBins } from '../../../src/app/state/year-histogram.ts';

describe('year histogram', () => {
  it('has a bin per year, empty years included', () => {
    const bins = yearBins([2018, 2020, 2020, 2021], { from: 2018, to: 2021 });
    expect(bins.map((b) => [b.from, b.count])).toEqual([
      [2018, 1],
      [2019, 0],
      [2020, 2],
      [2021, 1],
    ]);
    expect(countInRange(bins, { from: 2019, to: 2020 })).toBe(2);
    expect(countInRange(bins, null)).toBe(4);
  });

  it('groups years when the map spans more than the bars allowed, losing no paper (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1900, max: 2024 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 60 }),
        (years, maxBars) => {
          const extent = { from: Math.min(...years), to: Math.max(...years) };
          const bins = yearBins(years, extent, maxBars);
          expect(bins.length).toBeLessThanOrEqual(maxBars);
          expect(countInRange(bins, null)).toBe(years.length);
          expect(bins[0]!.from).toBe(extent.from);
          expect(bins[bins.length - 1]!.to).toBe(extent.to);
        },
      ),
    );
  });

  it('lays bars side by side, the fullest year the full height', () => {
    const bars = barLayout(yearBins([1, 2, 2], { from: 1, to: 2 }), 100, 40);
    expect(bars[1]).toEqual({ x: 50, y: 0, w: 49, h: 40 });
    expect(bars[0]!.h).toBe(20);
  });
});
