import { describe, expect, it } from 'vitest';
import { hoverBox, paperLabelPlaces } from '../../../src/app/map/draw-labels.ts';

// A monospace stand-in for canvas text metrics: 6 px per character.
const measure = (t: string) => t.length * 6;

describe('label geometry shared by the drawing and the region titles', () => {
  it('puts a paper label right of its dot on the label baseline, else left, above, below', () => {
    const [right, left, above, below] = paperLabelPlaces(36, { x: 100, y: 50, size: 5 }, 12);
    expect(right).toEqual({ x0: 109, y0: 42, x1: 145, y1: 58 });
    expect(left).toEqual({ x0: 55, y0: 42, x1: 91, y1: 58 });
    expect(above).toEqual({ x0: 82, y0: 27, x1: 118, y1: 43 });
    expect(below).toEqual({ x0: 82, y0: 57, x1: 118, y1: 73 });
  });

  it('wraps the selected title beside its dot and opens it leftwards near the right edge', () => {
    const label = 'A rather long title about structured sparsity in transformers';
    const left = hoverBox(measure, { x: 100, y: 300, size: 6, label }, 800, 12);
    expect(left.left).toBe(100 - 6 - 3);
    expect(left.lines.length).toBeGreaterThan(1);
    expect(left.top).toBeCloseTo(300 - left.height / 2);
    const right = hoverBox(measure, { x: 780, y: 300, size: 6, label }, 800, 12);
    expect(right.left + right.width).toBeLessThanOrEqual(780 + 6 + 3 + 1e-9);
  });

  it('opens the title box away from a card or buttons over the map, level with the node', () => {
    const label = 'A rather long title about structured sparsity in transformers';
    const card = { x0: 500, y0: 200, x1: 800, y1: 600 };
    const beside = hoverBox(measure, { x: 420, y: 300, size: 6, label }, 800, 12, [card]);
    expect(beside.left + beside.width).toBeLessThanOrEqual(420 + 6 + 3 + 1e-9);
    // Above the card, the box opens to the right as usual.
    const above = hoverBox(measure, { x: 420, y: 100, size: 6, label }, 800, 12, [card]);
    expect(above.left).toBe(420 - 6 - 3);
  });
});
