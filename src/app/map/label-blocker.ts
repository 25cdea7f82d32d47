// Where the region titles sit on screen, so that paper labels drawn on the canvas can keep out
// of them: a title over its region is the map's main landmark at the overview.
import { intersects, type Rect } from './label-layout.ts';

export type { Rect };

export class LabelBlocker {
  rects: Rect[] = [];

  blocks(r: Rect): boolean {
    return this.rects.some((b) => intersects(r, b));
  }
}
