import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  intersects,
  placeLabels,
  titlePlaces,
  type LayoutOptions,
  type Rect,
} from '../../../src/app/map/label-layout.ts';

const bounds: Rect = { x0: 0, y0: 0, x1: 800, y1: 600 };
interface Label<Id> {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
}
const label = (id: string, x: number, y: number, width = 120, height = 20): Label<string> => ({
  id,
  x,
  y,
  width,
  height,
});
/** Titles of one shape, each centred on one anchor: placed with their centres. */
function layoutLabels<Id>(
  labels: readonly Label<Id>[],
  options: LayoutOptions & { maxShift?: { x: number; y: number } },
) {
  const requests = labels.map((l) => ({
    id: l.id,
    groups: titlePlaces([l], [l], options.bounds, options.maxShift),
    avoid: true,
  }));
  return placeLabels(requests, options).map((p) => ({
    id: p.id,
    x: (p.rect.x0 + p.rect.x1) / 2,
    y: (p.rect.y0 + p.rect.y1) / 2,
    rect: p.rect,
  }));
}

describe('label layout', () => {
  it('puts labels that do not collide right on their anchors', () => {
    const placed = layoutLabels([label('a', 100, 100), label('b', 400, 300)], { bounds });
    expect(placed.map((p) => [p.id, p.x, p.y])).toEqual([
      ['a', 100, 100],
      ['b', 400, 300],
    ]);
    expect(placed[0]!.rect).toEqual({ x0: 40, y0: 90, x1: 160, y1: 110 });
  });

  it('moves a colliding label up or down before sideways, and keeps the first in place', () => {
    const [a, b] = layoutLabels([label('a', 300, 300), label('b', 310, 305)], { bounds });
    expect(a).toMatchObject({ x: 300, y: 300 });
    expect(b!.x).toBe(310);
    expect(Math.abs(b!.y - 305)).toBeGreaterThan(0);
    expect(intersects(a!.rect, b!.rect)).toBe(false);
  });

  it('leaves out a label that finds no free place near its anchor', () => {
    const many = Array.from({ length: 12 }, (_, i) => label(`l${i}`, 400, 300));
    const placed = layoutLabels(many, { bounds, maxShift: { x: 0.3, y: 1.2 } });
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(12);
    expect(placed[0]!.id).toBe('l0'); // the first (most important) keeps its place
  });

  it('keeps clear of obstacles, such as the selected paper’s title', () => {
    const obstacle = { x0: 250, y0: 280, x1: 450, y1: 320 };
    const [p] = layoutLabels([label('a', 350, 300)], { bounds, obstacles: [obstacle], gap: 4 });
    expect(p).toBeDefined();
    expect(intersects(p!.rect, { x0: 246, y0: 276, x1: 454, y1: 324 })).toBe(false);
  });

  it('moves off the boxes to avoid (papers’ dots) when a clear place is near, else stays', () => {
    const dot = { x0: 395, y0: 295, x1: 405, y1: 305 };
    const [moved] = layoutLabels([label('a', 400, 300)], { bounds, avoid: [dot] });
    expect(intersects(moved!.rect, dot)).toBe(false);
    expect(moved!.x).toBe(400); // up or down first
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      x0: 250 + (i % 10) * 30,
      y0: 240 + Math.floor(i / 10) * 30,
      x1: 260 + (i % 10) * 30,
      y1: 250 + Math.floor(i / 10) * 30,
    }));
    const [kept] = layoutLabels([label('b', 400, 300)], { bounds, avoid: crowd });
    expect(kept).toMatchObject({ x: 400, y: 300 });
  });

  it('slides a label inward at the edges of the view, and drops one far outside', () => {
    const [edge] = layoutLabels([label('a', 10, 590)], { bounds });
    expect(edge!.rect.x0).toBe(0);
    expect(edge!.rect.y1).toBe(600);
    expect(layoutLabels([label('b', -500, 300)], { bounds })).toEqual([]);
    expect(layoutLabels([label('c', 100, 100, 0, 20)], { bounds })).toEqual([]);
  });

  it('takes the next shape when the first finds no room, then another anchor', () => {
    const wall = { x0: 0, y0: 0, x1: 800, y1: 280 };
    const below = { x0: 0, y0: 330, x1: 800, y1: 600 };
    // 50 px of room between the obstacles: a 20 px tall title fits, a 60 px one does not.
    const shapes = [
      { width: 100, height: 60 },
      { width: 160, height: 20 },
    ];
    const [t] = placeLabels(
      [{ id: 't', groups: titlePlaces(shapes, [{ x: 400, y: 305 }], bounds) }],
      { bounds, obstacles: [wall, below], gap: 2 },
    );
    expect(t!.group).toBe(1);
    expect(t!.rect).toEqual({ x0: 320, y0: 295, x1: 480, y1: 315 });
    // Nowhere near the centroid: over another of the region's papers.
    const [u] = placeLabels(
      [
        {
          id: 'u',
          groups: titlePlaces(
            [{ width: 100, height: 20 }],
            [
              { x: 400, y: 100 },
              { x: 400, y: 450 },
            ],
            bounds,
          ),
        },
      ],
      { bounds, obstacles: [wall] },
    );
    expect(u!.rect).toEqual({ x0: 350, y0: 440, x1: 450, y1: 460 });
  });

  it('keeps the first free place of a paper label, in the order of its sides', () => {
    const right = { x0: 110, y0: 92, x1: 200, y1: 108 };
    const left = { x0: 0, y0: 92, x1: 90, y1: 108 };
    const first = { id: 'a', groups: [[right, left]] };
    expect(placeLabels([first], { bounds })[0]!.rect).toEqual(right);
    const taken = placeLabels([first, { id: 'b', groups: [[right, left]] }], { bounds });
    expect(taken.map((p) => p.rect)).toEqual([right, left]);
    // Off the view, the next side.
    expect(
      placeLabels([{ id: 'c', groups: [[{ ...right, x1: 900 }, left]] }], { bounds })[0]!.rect,
    ).toEqual(left);
  });

  it('never places two labels over each other, nor over an obstacle or outside (property)', () => {
    const req = fc.record({
      x: fc.double({ min: -100, max: 900, noNaN: true }),
      y: fc.double({ min: -100, max: 700, noNaN: true }),
      width: fc.double({ min: 1, max: 260, noNaN: true }),
      height: fc.double({ min: 1, max: 60, noNaN: true }),
    });
    const rect = fc
      .record({
        x: fc.double({ min: 0, max: 800, noNaN: true }),
        y: fc.double({ min: 0, max: 600, noNaN: true }),
        w: fc.double({ min: 1, max: 300, noNaN: true }),
        h: fc.double({ min: 1, max: 80, noNaN: true }),
      })
      .map(({ x, y, w, h }) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));
    fc.assert(
      fc.property(
        fc.array(req, { maxLength: 40 }),
        fc.array(rect, { maxLength: 3 }),
        fc.array(rect, { maxLength: 30 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (reqs, obstacles, avoid, gap) => {
          const requests = reqs.map((r, i) => ({ ...r, id: i }));
          const placed = layoutLabels(requests, { bounds, obstacles, avoid, gap });
          expect(layoutLabels(requests, { bounds, obstacles, avoid, gap })).toEqual(placed);
          const ids = placed.map((p) => p.id);
          expect(ids).toEqual([...ids].sort((a, b) => a - b)); // in the order asked, once each
          for (const [i, p] of placed.entries()) {
            const r = requests[p.id]!;
            expect(p.rect.x1 - p.rect.x0).toBeCloseTo(r.width, 6);
            expect(p.rect.y1 - p.rect.y0).toBeCloseTo(r.height, 6);
            expect(p.rect.x0).toBeGreaterThanOrEqual(bounds.x0 - 1e-9);
            expect(p.rect.x1).toBeLessThanOrEqual(bounds.x1 + 1e-9);
            expect(p.rect.y0).toBeGreaterThanOrEqual(bounds.y0 - 1e-9);
            expect(p.rect.y1).toBeLessThanOrEqual(bounds.y1 + 1e-9);
            for (const o of obstacles) expect(intersects(p.rect, o)).toBe(false);
            for (const q of placed.slice(i + 1))
              expect(intersects(p.rect, q.rect), `${p.id} and ${q.id}`).toBe(false);
          }
        },
      ),
    );
  });
});
