// Where the region titles sit on screen, so that paper labels drawn on the canvas can keep out
// of them: a title over its region is the map's main landmark at the overview.

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export class LabelBlocker {
  rects: Rect[] = [];

  blocks(r: Rect): boolean {
    for (const b of this.rects)
      if (r.x0 < b.x1 && r.x1 > b.x0 && r.y0 < b.y1 && r.y1 > b.y0) return true;
    return false;
  }
}
