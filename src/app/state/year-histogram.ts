// The year filter's histogram: papers per year among those the other filters show, and how
// many fall within a range. Years are whole numbers, so a bin is a year; a map spanning more
// than `maxBars` years groups them so the bars stay wider than a pixel or two.
import type { YearRange } from './types.ts';

export interface YearBin {
  /** First and last year of the bin (equal when a bin is a year). */
  from: number;
  to: number;
  count: number;
}

export function yearBins(years: Iterable<number>, extent: YearRange, maxBars = 40): YearBin[] {
  const span = extent.to - extent.from + 1;
  const width = Math.max(1, Math.ceil(span / maxBars));
  const bins: YearBin[] = [];
  for (let y = extent.from; y <= extent.to; y += width)
    bins.push({ from: y, to: Math.min(extent.to, y + width - 1), count: 0 });
  for (const y of years) {
    if (y < extent.from || y > extent.to) continue;
    bins[Math.floor((y - extent.from) / width)]!.count++;
  }
  return bins;
}

/** A bar's place in a `width` × `height` box: bins side by side, heights linear in the count. */
export function barLayout(
  bins: readonly YearBin[],
  width: number,
  height: number,
): { x: number; y: number; w: number; h: number }[] {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const step = width / Math.max(1, bins.length);
  const gap = step > 4 ? 1 : 0;
  return bins.map((b, i) => {
    // A year with papers is at least 1.5px tall, so one paper among hundreds still shows.
    const h = b.count === 0 ? 0 : Math.max(1.5, (b.count / max) * height);
    return { x: i * step, y: height - h, w: step - gap, h };
  });
}

/** How many of the years fall within the range (all of them when there is none). */
export function countInRange(bins: readonly YearBin[], range: YearRange | null): number {
  let n = 0;
  for (const b of bins) if (!range || (b.from >= range.from && b.to <= range.to)) n += b.count;
  return n;
}
