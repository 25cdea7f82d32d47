// Canvas drawing of node labels and the hovered paper's title, in the theme's colours. Sigma's
// defaults draw black text and a white box, which vanish or glare on a dark background.
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type {
  GraphAttributes,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';
import type { MapColors } from '../state/colors.ts';
import type { RingedNode } from '../state/reducers.ts';
import type { LabelScene } from './label-scene.ts';
import type { Rect } from './label-layout.ts';

type HoverFn = NodeHoverDrawingFunction<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

export const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The font of paper labels on the map. */
export const labelFont = (s: { labelWeight: string; labelSize: number; labelFont: string }) =>
  `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;

/**
 * The places of a paper's label (viewport pixels), best first: right of its dot, on the label
 * baseline; left of it; above and below it. `width` is the text's width in `labelFont`.
 */
export function paperLabelPlaces(
  width: number,
  node: { x: number; y: number; size: number },
  labelSize: number,
): Rect[] {
  const x = node.x + node.size + 4;
  const y0 = node.y + labelSize / 3 - labelSize;
  const h = (labelSize * 4) / 3;
  const right = { x0: x, y0, x1: x + width, y1: y0 + h };
  const dx = node.x - width / 2;
  return [
    right,
    { ...right, x0: node.x - node.size - 4 - width, x1: node.x - node.size - 4 },
    { x0: dx, x1: dx + width, y0: node.y - node.size - 2 - h, y1: node.y - node.size - 2 },
    { x0: dx, x1: dx + width, y0: node.y + node.size + 2, y1: node.y + node.size + 2 + h },
  ];
}

/** Draws a paper's label in its place, with a halo that keeps it readable over edges and dots. */
export function drawPaperLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  place: Rect,
  colors: MapColors,
  labelSize: number,
) {
  const y = place.y1 - labelSize / 3;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = colors.labelHalo;
  ctx.strokeText(text, place.x0, y);
  ctx.fillStyle = colors.label;
  ctx.fillText(text, place.x0, y);
}

/** Greedy word wrap to a width, at most `maxLines` lines (the last one ellipsised). */
function wrap(measure: (text: string) => number, text: string, width: number, maxLines = 3) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/** The font of the hovered or selected paper's title box. */
export const hoverFont = (labelSize: number, labelFont: string) =>
  `600 ${labelSize + 1}px ${labelFont}`;

export interface HoverBox {
  left: number;
  top: number;
  width: number;
  height: number;
  lines: string[];
  lineHeight: number;
  /** Where the text starts. */
  textX: number;
}

/**
 * Where the hovered or selected paper's title box goes (viewport pixels): beside the node, its
 * title wrapped to the room on the roomier side. Shared by the drawing and by the region titles,
 * which keep out of it. `measure` gives a text's width in `hoverFont`.
 */
export function hoverBox(
  measure: (text: string) => number,
  node: { x: number; y: number; size: number; label?: string | null },
  viewWidth: number,
  labelSize: number,
  chrome: readonly Rect[] = [],
): HoverBox {
  const lineHeight = Math.round((labelSize + 1) * 1.3);
  // The room beside the node, between the map's edges and whatever sits over the map level
  // with it (the zoom buttons, the embed's card).
  let canvasW = viewWidth;
  let canvasX = 0;
  for (const c of chrome)
    if (c.y0 < node.y + 24 && c.y1 > node.y - 24) {
      if (c.x0 > node.x) canvasW = Math.min(canvasW, c.x0);
      else if (c.x1 < node.x) canvasX = Math.max(canvasX, c.x1);
    }
  const pad = 7;
  // Wrap to the room on the roomier side of the node (phones are narrow).
  const room = Math.max(canvasW - node.x, node.x - canvasX) - node.size - 3 - pad * 2 - 8;
  const maxText = Math.max(90, Math.min(340, room));
  const lines = node.label ? wrap(measure, node.label, maxText) : [];
  const textW = Math.max(0, ...lines.map(measure));
  const height = Math.max(lines.length * lineHeight + pad * 2 - 4, node.size * 2 + 6);
  const width = node.size * 2 + 6 + (lines.length > 0 ? textW + pad * 2 : 0);
  // Near the right edge the box opens to the left so the title stays on screen.
  const flip =
    lines.length > 0 && node.x + width > canvasW - 8 && node.x - canvasX > canvasW - node.x;
  const left = flip ? node.x + node.size + 3 - width : node.x - node.size - 3;
  const textX = flip ? left + pad : node.x + node.size + 3 + pad;
  return { left, top: node.y - height / 2, width, height, lines, lineHeight, textX };
}

export const hoverRect = (b: HoverBox): Rect => ({
  x0: b.left,
  y0: b.top,
  x1: b.left + b.width,
  y1: b.top + b.height,
});

export function hoverDrawer(colors: MapColors, scene: LabelScene): HoverFn {
  return (ctx, data, settings) => {
    ctx.font = hoverFont(settings.labelSize, settings.labelFont);
    const viewWidth = ctx.canvas.width / (window.devicePixelRatio || 1);
    const measure = (t: string) => ctx.measureText(t).width;
    const box = hoverBox(measure, data, viewWidth, settings.labelSize, scene.chrome);
    if (data.key) scene.drawn.set(data.key, hoverRect(box));
    ctx.save();
    ctx.shadowColor = 'rgba(0, 0, 0, 0.2)';
    ctx.shadowBlur = 14;
    ctx.shadowOffsetY = 2;
    ctx.fillStyle = colors.hoverBox;
    ctx.beginPath();
    ctx.roundRect(box.left, box.top, box.width, box.height, Math.min(6, box.height / 2));
    ctx.fill();
    ctx.restore();
    // The map's keyboard focus (RingedNode, from the node reducer): outlined like a focused control.
    if ((data as RingedNode).ring) {
      ctx.strokeStyle = colors.focusRing;
      ctx.lineWidth = 2.5;
      ctx.stroke();
    }
    ctx.fillStyle = colors.hoverText;
    ctx.textBaseline = 'middle';
    const firstY = data.y - ((box.lines.length - 1) * box.lineHeight) / 2;
    box.lines.forEach((l, i) => ctx.fillText(l, box.textX, firstY + i * box.lineHeight));
    ctx.textBaseline = 'alphabetic';
  };
}
