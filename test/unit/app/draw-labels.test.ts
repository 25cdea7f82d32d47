import { describe, expect, it } from 'vitest';
import { hoverBox, labelBox } from '../../../src/app/map/draw-labels.ts';

// A monospace stand-in for canvas text metrics: 6 px per character.
const measure = (t: string) => t.length * 6;

describe('label geometry shared by the drawing and the region titles', () => {
  it('puts a paper label right of its dot, on the label baseline', () => {
    const box = labelBox(measure, { x: 100, y: 50, size: 5, label: 'Sparse' }, 12);
    expect(box).toEqual({ x0: 109, y0: 42, x1: 145, y1: 58 });
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
});
