import { describe, expect, it } from 'vitest';
import {
  shiftClearOf,
  boundingBox,
  cameraToFitUncovered,
  uncoveredRects,
} from '../../../src/app/state/camera-math.ts';

describe('fitting papers into the part of the map that nothing covers', () => {
  const view = { width: 1000, height: 600, unit: 500 };
  const rect = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
  // Where sigma draws a framed point with this camera (framed y up, viewport y down).
  const toView = (p: { x: number; y: number }, cam: { x: number; y: number; ratio: number }) => ({
    x: view.width / 2 + ((p.x - cam.x) * view.unit) / cam.ratio,
    y: view.height / 2 - ((p.y - cam.y) * view.unit) / cam.ratio,
  });

  it('lists the largest free rectangles around the covers', () => {
    const free = uncoveredRects(rect(0, 0, 1000, 600), [rect(700, 0, 1000, 600)]);
    expect(free).toEqual([rect(0, 0, 700, 600)]);
    // A button near a corner leaves four: left of it, above it, and the strips right of and
    // below it.
    const corner = uncoveredRects(rect(0, 0, 1000, 600), [rect(950, 500, 990, 590)]);
    expect(corner).toHaveLength(4);
    expect(corner).toContainEqual(rect(990, 0, 1000, 600));
    expect(corner).toContainEqual(rect(0, 0, 950, 600));
    expect(corner).toContainEqual(rect(0, 0, 1000, 500));
    expect(corner).toContainEqual(rect(0, 590, 1000, 600));
    // Covers outside the bounds don't count.
    expect(uncoveredRects(rect(0, 0, 100, 100), [rect(200, 0, 300, 100)])).toEqual([
      rect(0, 0, 100, 100),
    ]);
  });

  it('boxes points', () => {
    expect(boundingBox([])).toBeNull();
    expect(
      boundingBox([
        { x: 1, y: 2 },
        { x: -1, y: 5 },
      ]),
    ).toEqual({ minX: -1, maxX: 1, minY: 2, maxY: 5 });
  });

  it('puts the box, padded, in the middle of the rectangle', () => {
    const box = { minX: 0.2, maxX: 0.4, minY: 0.4, maxY: 0.5 };
    // Covers all around leave the rectangle (100, 50)-(500, 450) free.
    const covers = [rect(0, 0, 100, 600), rect(500, 0, 1000, 600), rect(0, 0, 1000, 50)];
    const { camera: cam, rect: r } = cameraToFitUncovered(
      box,
      [...covers, rect(0, 450, 1000, 600)],
      view,
      { padding: 20 },
    );
    expect(r).toEqual(rect(100, 50, 500, 450));
    const a = toView({ x: box.minX, y: box.maxY }, cam);
    const b = toView({ x: box.maxX, y: box.minY }, cam);
    expect((a.x + b.x) / 2).toBeCloseTo(300);
    expect((a.y + b.y) / 2).toBeCloseTo(250);
    // Width decides: 0.2 units across 360 px.
    expect(b.x - a.x).toBeCloseTo(360);
    expect(b.y - a.y).toBeCloseTo(180);
    expect(a.y).toBeLessThan(b.y); // the box's top (max y) is drawn above
  });

  it('caps the zoom for a box of close points', () => {
    const point = { minX: 0.5, maxX: 0.5001, minY: 0.5, maxY: 0.5 };
    const cam = cameraToFitUncovered(point, [], view, { minRatio: 0.2 }).camera;
    expect(cam.ratio).toBe(0.2);
    expect(toView({ x: 0.50005, y: 0.5 }, cam).x).toBeCloseTo(500, 0);
  });

  it('fits beside a panel, above a bottom sheet, and whole when nothing covers', () => {
    const box = { minX: 0, maxX: 1, minY: 0, maxY: 0.8 };
    const side = cameraToFitUncovered(box, [rect(600, 0, 1000, 600)], view, { padding: 10 });
    expect(side.rect).toEqual(rect(0, 0, 600, 600));
    const corners = [toView({ x: 0, y: 0.8 }, side.camera), toView({ x: 1, y: 0 }, side.camera)];
    for (const p of corners) {
      expect(p.x).toBeGreaterThanOrEqual(10 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(590 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(10 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(590 + 1e-6);
    }
    const sheet = cameraToFitUncovered(box, [rect(0, 350, 1000, 600)], view, { padding: 10 });
    expect(sheet.rect).toEqual(rect(0, 0, 1000, 350));
    expect(toView({ x: 0.5, y: 0 }, sheet.camera).y).toBeCloseTo(340);
    // A zoom button in the corner: the larger fit wins (beside it, for a wide viewport).
    const button = cameraToFitUncovered(box, [rect(950, 480, 990, 590)], view, { padding: 10 });
    expect(button.rect).toEqual(rect(0, 0, 950, 600));
    expect(cameraToFitUncovered(box, [], view).rect).toEqual(rect(0, 0, 1000, 600));
  });

  it('prefers a roomy rectangle to a strip for a row of papers', () => {
    const row = { minX: 0.4, maxX: 0.6, minY: 0.5, maxY: 0.5 };
    // The strip above the panel would show the row larger, but only 60 px tall.
    const { rect: roomy } = cameraToFitUncovered(row, [rect(0, 80, 700, 600)], view, {
      padding: 10,
    });
    expect(roomy).toEqual(rect(700, 0, 1000, 600));
  });

  it('shifts points out from under a card by the least, or not at all', () => {
    const bounds = { x0: 0, y0: 0, x1: 700, y1: 400 };
    const card = { x0: 380, y0: 350, x1: 690, y1: 390 };
    // A neighbour under the card: up by what it takes, with the padding.
    const points = [
      { x: 300, y: 200 },
      { x: 400, y: 360 },
    ];
    expect(shiftClearOf(points, [card], bounds, 10)).toEqual({ dx: 0, dy: -20 });
    // Clear already.
    expect(shiftClearOf([{ x: 100, y: 100 }], [card], bounds, 10)).toEqual({ dx: 0, dy: 0 });
    // Off the map's edge: back in.
    expect(shiftClearOf([{ x: -30, y: 100 }], [card], bounds, 10)).toEqual({ dx: 40, dy: 0 });
    // Too spread to fit anywhere clear: no shift.
    const wide = [
      { x: 5, y: 5 },
      { x: 695, y: 395 },
    ];
    expect(shiftClearOf(wide, [card], bounds, 10)).toBeNull();
  });
});
