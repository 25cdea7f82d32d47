import { describe, expect, it } from 'vitest';
import {
  fitText,
  layoutMapImage,
  wrapText,
  type RegionText,
} from '../../../src/app/map/map-image-layout.ts';

/** 7 px a character, whatever the font: enough to check where texts go. */
const measure = (text: string) => text.length * 7;
const legend = [
  { label: 'large language models · fine-tuning', color: '#0072b2' },
  { label: 'sparse network · deep neural networks · search', color: '#e69f00' },
  { label: 'linear systems', color: '#009e73' },
];
const region = (over: Partial<RegionText>): RegionText => ({
  text: 'sparse training dense counterparts',
  x: 300,
  y: 200,
  width: 140,
  font: '700 13px sans-serif',
  spacing: '0px',
  color: '#aa8800',
  alpha: 1,
  ...over,
});
const content = (over = {}) => ({
  title: 'Sparsity and optimisation: 47 papers',
  legend,
  regions: [] as RegionText[],
  family: 'sans-serif',
  text: '#111',
  ...over,
});

describe('fitText and wrapText', () => {
  it('cuts with an ellipsis, wraps between words', () => {
    expect(fitText('short', 100, '', measure)).toBe('short');
    const cut = fitText('a rather long title indeed', 70, '', measure);
    expect(cut).toBe('a rather…');
    expect(measure(cut)).toBeLessThanOrEqual(70);
    expect(wrapText('one two three four', 60, '', measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('incomprehensibilities x', 30, '', measure)).toEqual([
      'incomprehensibilities',
      'x',
    ]);
  });
});

describe('layoutMapImage', () => {
  const size = { width: 600, height: 400 };

  it('puts the title in a band above the map and the legend below it', () => {
    const layout = layoutMapImage(size, content(), measure);
    const [title, ...rest] = layout.texts;
    expect(title).toMatchObject({ text: 'Sparsity and optimisation: 47 papers', align: 'left' });
    expect(title!.y).toBeLessThan(layout.map.y);
    expect(layout.map).toEqual({ y: 40, height: 400 });
    const below = layout.map.y + layout.map.height;
    expect(rest.map((t) => t.text)).toEqual(legend.map((e) => e.label));
    for (const t of rest) {
      expect(t.y).toBeGreaterThan(below);
      expect(t.x + measure(t.text)).toBeLessThanOrEqual(size.width);
    }
    expect(layout.dots.map((d) => d.color)).toEqual(legend.map((e) => e.color));
    expect(layout.height).toBeGreaterThan(Math.max(...rest.map((t) => t.y)));
    // Two legend rows at this width: the second entry does not fit beside the first.
    expect(new Set(rest.map((t) => t.y)).size).toBe(2);
  });

  it('cuts a long title to the width; no legend, no band', () => {
    const layout = layoutMapImage(size, content({ title: 'x '.repeat(100), legend: [] }), measure);
    expect(layout.texts[0]!.text.endsWith('…')).toBe(true);
    expect(measure(layout.texts[0]!.text)).toBeLessThanOrEqual(size.width - 28);
    expect(layout.height).toBe(440);
  });

  it('wraps region titles as on screen and keeps them inside the image', () => {
    const regions = [
      region({ x: 10, y: 395 }), // would spill over the bottom-left corner
      region({ x: 590, y: 5, text: 'optimization initialization' }),
    ];
    const layout = layoutMapImage(size, content({ regions }), measure);
    const drawn = layout.texts.filter((t) => t.halo);
    expect(drawn.map((t) => t.text)).toEqual([
      'sparse training',
      'dense counterparts',
      'optimization',
      'initialization',
    ]);
    for (const t of drawn) {
      const w = measure(t.text);
      expect(t.x - w / 2).toBeGreaterThanOrEqual(0);
      expect(t.x + w / 2).toBeLessThanOrEqual(size.width);
      expect(t.y).toBeGreaterThan(layout.map.y);
      expect(t.y).toBeLessThan(layout.map.y + layout.map.height);
      expect(t.align).toBe('center');
    }
    // The lines of one title share a centre and follow each other.
    expect(new Set(drawn.slice(0, 2).map((t) => t.x)).size).toBe(1);
    expect(drawn[1]!.y - drawn[0]!.y).toBeCloseTo(13 * 1.25);
  });
});

describe('a colour scale in the legend (issue 9)', () => {
  it('draws a bar for a ramp entry and a dot for the others, in one row', () => {
    const measure = (t: string) => t.length * 6;
    const layout = layoutMapImage(
      { width: 600, height: 300 },
      {
        title: 'Map',
        legend: [
          { label: 'Year 2018–2024', color: '#440154', ramp: ['#440154', '#21918c', '#fde725'] },
          { label: 'No year (3)', color: '#b3b8bf' },
        ],
        regions: [],
        family: 'sans-serif',
        text: '#111',
      },
      measure,
    );
    expect(layout.ramps).toHaveLength(1);
    expect(layout.ramps[0]!.stops).toEqual(['#440154', '#21918c', '#fde725']);
    expect(layout.dots).toHaveLength(1);
    expect(layout.dots[0]!.y).toBe(layout.ramps[0]!.y + layout.ramps[0]!.h / 2);
    expect(layout.texts.map((t) => t.text)).toContain('No year (3)');
  });
});
