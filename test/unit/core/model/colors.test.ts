import { describe, expect, it } from 'vitest';
import { OKABE_ITO, clusterColors } from '../../../../src/core/model/colors.ts';

describe('clusterColors', () => {
  it('starts with the colour-blind-safe Okabe-Ito palette', () => {
    expect(clusterColors(3)).toEqual(OKABE_ITO.slice(0, 3));
  });

  it('gives k distinct hex colours for any k', () => {
    for (const k of [0, 1, 7, 8, 20, 60]) {
      const colors = clusterColors(k);
      expect(colors).toHaveLength(k);
      expect(new Set(colors).size).toBe(k);
      for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('is stable: more clusters do not change the earlier colours', () => {
    expect(clusterColors(20).slice(0, 12)).toEqual(clusterColors(12));
  });
});
