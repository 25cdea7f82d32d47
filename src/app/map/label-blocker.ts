// Where the region titles sit on screen, so that paper labels drawn on the canvas can keep out
// of them: a title over its region is the map's main landmark at the overview. It also keeps
// the boxes of the labels drawn at the last render (`drawn`), for the tests' overlap checks.
import { intersects, type Rect } from './label-layout.ts';

export type { Rect };

export class LabelBlocker {
  rects: Rect[] = [];
  /** The paper labels and the focus paper's title box drawn since the render began. */
  drawn: { key: string; rect: Rect }[] = [];

  blocks(r: Rect): boolean {
    return this.rects.some((b) => intersects(r, b));
  }
}
