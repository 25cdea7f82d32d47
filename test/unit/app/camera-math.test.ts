import { describe, expect, it } from 'vitest';
import { boundingBox, cameraToFit } from '../../../src/app/state/camera-math.ts';

describe('camera targets', () => {
  it('boxes points', () => {
    expect(boundingBox([])).toBeNull();
    expect(
      boundingBox([
        { x: 1, y: 2 },
        { x: -1, y: 5 },
      ]),
    ).toEqual({ minX: -1, maxX: 1, minY: 2, maxY: 5 });
  });

  it('centres on the box and zooms so that it fits with a margin', () => {
    const cam = cameraToFit(
      { minX: 0.2, maxX: 0.4, minY: 0.5, maxY: 0.6 },
      { width: 1, height: 1 },
      { margin: 1 },
    );
    expect(cam.x).toBeCloseTo(0.3);
    expect(cam.y).toBeCloseTo(0.55);
    expect(cam.ratio).toBeCloseTo(0.2);
    // A wide viewport shows more width at ratio 1, so a tall box decides the zoom.
    const wide = cameraToFit(
      { minX: 0, maxX: 0.2, minY: 0, maxY: 0.2 },
      { width: 2, height: 1 },
      { margin: 1 },
    );
    expect(wide.ratio).toBeCloseTo(0.2);
  });

  it('never zooms in past the limit for a single point', () => {
    expect(
      cameraToFit({ minX: 0.5, maxX: 0.5, minY: 0.5, maxY: 0.5 }, { width: 1, height: 1 }).ratio,
    ).toBe(0.06);
  });
});
