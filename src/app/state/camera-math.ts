// Camera targets as plain arithmetic, so they can be tested without a renderer.
import type { CameraView } from './types.ts';

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function boundingBox(points: Iterable<{ x: number; y: number }>): Box | null {
  let box: Box | null = null;
  for (const { x, y } of points) {
    if (!box) box = { minX: x, maxX: x, minY: y, maxY: y };
    else
      box = {
        minX: Math.min(box.minX, x),
        maxX: Math.max(box.maxX, x),
        minY: Math.min(box.minY, y),
        maxY: Math.max(box.maxY, y),
      };
  }
  return box;
}

/**
 * The camera that shows a box of framed-graph points with a margin. `visible` is how much of
 * the framed graph the viewport shows at ratio 1 (it depends on the viewport's shape); what the
 * camera shows grows linearly with its ratio.
 */
export function cameraToFit(
  box: Box,
  visible: { width: number; height: number },
  { margin = 1.35, minRatio = 0.06, maxRatio = 1.2 } = {},
): CameraView {
  const w = box.maxX - box.minX;
  const h = box.maxY - box.minY;
  const needed = Math.max(w / visible.width, h / visible.height) * margin;
  return {
    x: (box.minX + box.maxX) / 2,
    y: (box.minY + box.maxY) / 2,
    ratio: Math.min(maxRatio, Math.max(minRatio, needed)),
  };
}
