// Canvas drawing of node labels and the hovered paper's title, in the theme's colours. Sigma's
// defaults draw black text and a white box, which vanish or glare on a dark background.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type {
  GraphAttributes,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';
import type { MapColors } from '../state/colors.ts';
import type { LabelBlocker } from './label-blocker.ts';
import type { Rect } from './label-layout.ts';

type LabelFn = NodeLabelDrawingFunction<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;
type HoverFn = NodeHoverDrawingFunction<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

export const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The font of paper labels on the map. */
export const labelFont = (s: { labelWeight: string; labelSize: number; labelFont: string }) =>
  `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;

/**
 * Where a paper's label is drawn (viewport pixels): right of its dot, on its baseline. `measure`
 * gives a text's width in `labelFont`.
 */
export function labelBox(
  measure: (text: string) => number,
  node: { x: number; y: number; size: number; label: string },
  labelSize: number,
): Rect {
  const x = node.x + node.size + 4;
  const y = node.y + labelSize / 3;
  return { x0: x, y0: y - labelSize, x1: x + measure(node.label), y1: y + labelSize / 3 };
}

export function labelDrawer(colors: MapColors, blocker?: LabelBlocker): LabelFn {
  return (ctx, data, settings) => {
    // Highlighted papers get their title in the hover box (hoverDrawer), not twice.
    if (!data.label || data.highlighted) return;
    const size = settings.labelSize;
    ctx.font = labelFont(settings);
    const x = data.x + data.size + 4;
    const y = data.y + size / 3;
    // Forced labels (matches of a filter, neighbours of a focus) are the point: never blocked.
    if (blocker && blocker.rects.length > 0 && !data.forceLabel) {
      const measure = (t: string) => ctx.measureText(t).width;
      if (blocker.blocks(labelBox(measure, { ...data, label: data.label }, size))) return;
    }
    if (blocker) {
      const measure = (t: string) => ctx.measureText(t).width;
      const rect = labelBox(measure, { ...data, label: data.label }, size);
      blocker.drawn.push({ key: data.key, rect });
    }
    // A halo in the background colour keeps labels readable over edges and other nodes.
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = colors.labelHalo;
    ctx.strokeText(data.label, x, y);
    ctx.fillStyle = colors.label;
    ctx.fillText(data.label, x, y);
  };
}

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  const r = Math.min(6, h / 2);
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
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

/** Narrow maps: the width of the map left of the controls, when `y` is level with them. */
const PHONE_MAP_WIDTH = 640;
const CONTROLS_GUTTER = 60;
const CONTROLS_BOTTOM = 170;
export function controlsGutter(width: number, y: number): number {
  return width <= PHONE_MAP_WIDTH && y < CONTROLS_BOTTOM ? width - CONTROLS_GUTTER : width;
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
): HoverBox {
  const lineHeight = Math.round((labelSize + 1) * 1.3);
  // On a phone the zoom buttons sit in the map's top right corner (MapControls): near the
  // top, the box keeps clear of them.
  const canvasW = controlsGutter(viewWidth, node.y);
  const pad = 7;
  // Wrap to the room on the roomier side of the node (phones are narrow).
  const room = Math.max(canvasW - node.x, node.x) - node.size - 3 - pad * 2 - 8;
  const maxText = Math.max(90, Math.min(340, room));
  const lines = node.label ? wrap(measure, node.label, maxText) : [];
  const textW = Math.max(0, ...lines.map(measure));
  const height = Math.max(lines.length * lineHeight + pad * 2 - 4, node.size * 2 + 6);
  const width = node.size * 2 + 6 + (lines.length > 0 ? textW + pad * 2 : 0);
  // Near the right edge the box opens to the left so the title stays on screen.
  const flip = lines.length > 0 && node.x + width > canvasW - 8 && node.x > canvasW - node.x;
  const left = flip ? node.x + node.size + 3 - width : node.x - node.size - 3;
  const textX = flip ? left + pad : node.x + node.size + 3 + pad;
  return { left, top: node.y - height / 2, width, height, lines, lineHeight, textX };
}

export function hoverDrawer(colors: MapColors, blocker?: LabelBlocker): HoverFn {
  return (ctx, data, settings) => {
    ctx.font = hoverFont(settings.labelSize, settings.labelFont);
    const viewWidth = ctx.canvas.width / (window.devicePixelRatio || 1);
    const box = hoverBox((t) => ctx.measureText(t).width, data, viewWidth, settings.labelSize);
    const rect = { x0: box.left, y0: box.top, x1: box.left + box.width, y1: box.top + box.height };
    blocker?.drawn.push({ key: data.key, rect });
    ctx.save();
    ctx.shadowColor = 'rgba(0, 0, 0, 0.2)';
    ctx.shadowBlur = 14;
    ctx.shadowOffsetY = 2;
    ctx.fillStyle = colors.hoverBox;
    roundedRect(ctx, box.left, box.top, box.width, box.height);
    ctx.fill();
    ctx.restore();
    ctx.fillStyle = colors.hoverText;
    ctx.textBaseline = 'middle';
    const firstY = data.y - ((box.lines.length - 1) * box.lineHeight) / 2;
    box.lines.forEach((l, i) => ctx.fillText(l, box.textX, firstY + i * box.lineHeight));
    ctx.textBaseline = 'alphabetic';
  };
}
