// Where the PNG export draws its texts: the map's title in a band above the map, the legend
// (cluster colours and labels) in rows below it, and the region titles over the map, wrapped
// as on screen and kept inside the image. Pure geometry: text widths come from `measure`.

export interface LegendEntry {
  label: string;
  color: string;
  /** A colour scale (first to last) drawn as a bar instead of a dot: colour by year. */
  ramp?: readonly string[];
}

/** A region title as the map shows it: its centre and box width in the map's CSS pixels. */
export interface RegionText {
  text: string;
  x: number;
  y: number;
  width: number;
  font: string;
  /** CSS letter-spacing, e.g. "1.2px". */
  spacing: string;
  color: string;
  alpha: number;
}

export interface TextOp {
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
  alpha: number;
  align: 'left' | 'center';
  spacing?: string;
  /** Drawn over the map: outlined in the background colour, as on screen. */
  halo?: boolean;
}

export interface ImageLayout {
  width: number;
  height: number;
  /** Where the map's own pixels go. */
  map: { y: number; height: number };
  texts: TextOp[];
  dots: { x: number; y: number; r: number; color: string }[];
  /** Colour scales: bars filled left to right through `stops`. */
  ramps: { x: number; y: number; w: number; h: number; stops: readonly string[] }[];
  /** Heights of the thin rules between the bands and the map. */
  rules: number[];
}

export type Measure = (text: string, font: string, spacing?: string) => number;

const PAD = 14;
const TITLE_BAND = 40;
const LEGEND_ROW = 20;
const DOT = 5;
const REGION_LINE = 1.25;
const RAMP_WIDTH = 96;

/** `text` cut at the end, with "…", to fit `max` pixels. */
export function fitText(text: string, max: number, font: string, measure: Measure): string {
  if (measure(text, font) <= max) return text;
  let n = text.length;
  while (n > 0 && measure(`${text.slice(0, n).trimEnd()}…`, font) > max) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

/** Words in lines no wider than `max` (a longer word keeps a line to itself). */
export function wrapText(
  text: string,
  max: number,
  font: string,
  measure: Measure,
  spacing?: string,
): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && measure(`${lines[last]} ${word}`, font, spacing) <= max)
      lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const fontSize = (font: string) => Number(/(\d+(?:\.\d+)?)px/u.exec(font)?.[1] ?? 13);

export function layoutMapImage(
  size: { width: number; height: number },
  content: {
    title: string;
    legend: readonly LegendEntry[];
    regions: readonly RegionText[];
    family: string;
    text: string;
  },
  measure: Measure,
): ImageLayout {
  const { width, height } = size;
  const texts: TextOp[] = [];
  const dots: ImageLayout['dots'] = [];
  const ramps: ImageLayout['ramps'] = [];
  const text = (t: Omit<TextOp, 'alpha' | 'color'> & { color?: string; alpha?: number }) =>
    texts.push({ color: content.text, alpha: 1, ...t });

  const titleFont = `700 16px ${content.family}`;
  text({
    text: fitText(content.title, width - 2 * PAD, titleFont, measure),
    x: PAD,
    y: TITLE_BAND / 2,
    font: titleFont,
    align: 'left',
  });
  const mapY = TITLE_BAND;

  // Region titles: wrapped at their width on screen, then moved inside the map if they spill.
  for (const r of content.regions) {
    const lines = wrapText(r.text, r.width + 1, r.font, measure, r.spacing);
    const lineHeight = fontSize(r.font) * REGION_LINE;
    const w = Math.min(width, Math.max(...lines.map((l) => measure(l, r.font, r.spacing))));
    const h = lines.length * lineHeight;
    const x = clamp(r.x, w / 2 + 2, width - w / 2 - 2);
    const top = clamp(r.y - h / 2, 2, height - h - 2);
    lines.forEach((line, i) =>
      text({
        text: line,
        x,
        y: mapY + top + (i + 0.5) * lineHeight,
        font: r.font,
        spacing: r.spacing,
        color: r.color,
        alpha: r.alpha,
        align: 'center',
        halo: true,
      }),
    );
  }

  // The legend: a dot (or a colour scale's bar) and a label per entry, in rows that wrap at the
  // image's width.
  const legendFont = `12px ${content.family}`;
  const legendY = mapY + height;
  let x = PAD;
  let row = 0;
  for (const entry of content.legend) {
    const mark = entry.ramp ? Math.min(RAMP_WIDTH, (width - 2 * PAD) / 3) : 2 * DOT;
    const label = fitText(entry.label, width - 2 * PAD - mark - 6, legendFont, measure);
    const w = mark + 6 + measure(label, legendFont);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      row++;
    }
    const y = legendY + 10 + (row + 0.5) * LEGEND_ROW;
    if (entry.ramp) ramps.push({ x, y: y - DOT, w: mark, h: 2 * DOT, stops: entry.ramp });
    else dots.push({ x: x + DOT, y, r: DOT, color: entry.color });
    text({ text: label, x: x + mark + 6, y, font: legendFont, align: 'left' });
    x += w + 18;
  }
  const legendHeight = content.legend.length > 0 ? 20 + (row + 1) * LEGEND_ROW : 0;
  return {
    width,
    height: legendY + legendHeight,
    map: { y: mapY, height },
    texts,
    dots,
    ramps,
    rules: content.legend.length > 0 ? [mapY, legendY] : [mapY],
  };
}

const clamp = (v: number, lo: number, hi: number) =>
  lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
