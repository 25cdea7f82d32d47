import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  MAP_COLORS,
  mixColors,
  readableTextColor,
} from '../../../src/app/state/colors.ts';

describe('map colours', () => {
  it('mixes hex colours', () => {
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColors('#abc', '#abc', 0.3)).toBe('#aabbcc');
    expect(mixColors('rgba(0,0,0,1)', '#fff', 0.5)).toBe('rgba(0,0,0,1)');
  });

  it.each(['light', 'dark'] as const)('labels meet WCAG AA contrast in the %s theme', (theme) => {
    const c = MAP_COLORS[theme];
    expect(contrastRatio(c.label, c.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.hoverText, c.hoverBox)).toBeGreaterThanOrEqual(4.5);
    // Focus edges must be visible against the background (non-text contrast 3:1).
    expect(contrastRatio(c.edgeFocus, c.background)).toBeGreaterThanOrEqual(3);
    // The keyboard focus ring too, on the map and on the title box it circles.
    expect(contrastRatio(c.focusRing, c.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.focusRing, c.hoverBox)).toBeGreaterThanOrEqual(3);
  });
});

describe('region title colours', () => {
  const palette = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#56b4e9', '#cc79a7', '#f0e442'];
  it.each(['light', 'dark'] as const)('are readable on the %s map', (theme) => {
    const bg = MAP_COLORS[theme].background;
    for (const c of palette)
      expect(contrastRatio(readableTextColor(c, bg, theme), bg)).toBeGreaterThanOrEqual(4.5);
  });
});
