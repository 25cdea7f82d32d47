// A PNG of what the map shows: the map's title above, sigma's canvases (edges, nodes, labels)
// on the map's background with the region titles where the map shows them, and the legend
// below. Where each text goes is `map-image-layout.ts`; this reads the page and draws.
import { layoutMapImage, type LegendEntry, type RegionText } from './map-image-layout.ts';

export interface MapImageParts {
  /** The map's container: the map part of the image is its size. */
  element: HTMLElement;
  /** sigma's canvases, bottom to top, drawn just now (WebGL buffers are only readable then). */
  canvases: HTMLCanvasElement[];
  /** The region titles shown over the map (MapLabels), drawn at their places. */
  regions: HTMLElement[];
  title: string;
  legend: LegendEntry[];
  background: string;
  text: string;
  font: string;
}

/** An element's opacity times its ancestors' up to (not including) `root`. */
function shownOpacity(el: HTMLElement, root: HTMLElement | null): number {
  let alpha = 1;
  for (let e: HTMLElement | null = el; e && e !== root; e = e.parentElement)
    alpha *= Number(getComputedStyle(e).opacity) || 0;
  return alpha;
}

/** The region titles as shown (as faded as on screen: they crossfade as the map zooms). */
function readRegions(regions: HTMLElement[], map: HTMLElement, family: string): RegionText[] {
  const origin = map.getBoundingClientRect();
  return regions.flatMap((region) => {
    const alpha = shownOpacity(region, map.parentElement);
    const name = region.querySelector<HTMLElement>('.name') ?? region;
    if (alpha < 0.05) return [];
    const style = getComputedStyle(name);
    const r = region.getBoundingClientRect();
    const text = (name.textContent ?? '').trim();
    return [
      {
        text: style.textTransform === 'uppercase' ? text.toUpperCase() : text,
        x: r.left - origin.left + r.width / 2,
        y: name.getBoundingClientRect().top - origin.top + name.offsetHeight / 2,
        width: r.width,
        font: `${style.fontWeight} ${style.fontSize} ${family}`,
        spacing: style.letterSpacing === 'normal' ? '0px' : style.letterSpacing,
        color: style.color,
        alpha,
      },
    ];
  });
}

export function composeMapImage(parts: MapImageParts): HTMLCanvasElement {
  const { element, canvases } = parts;
  const rect = element.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const measure = (text: string, font: string, spacing = '0px') => {
    ctx.font = font;
    ctx.letterSpacing = spacing;
    return ctx.measureText(text).width;
  };
  const layout = layoutMapImage(
    { width: rect.width, height: rect.height },
    {
      title: parts.title,
      legend: parts.legend,
      regions: readRegions(parts.regions, element, parts.font),
      family: parts.font,
      text: parts.text,
    },
    measure,
  );
  out.width = Math.round(layout.width * dpr);
  out.height = Math.round(layout.height * dpr);
  ctx.fillStyle = parts.background;
  ctx.fillRect(0, 0, out.width, out.height);
  const mapY = Math.round(layout.map.y * dpr);
  const mapHeight = Math.round(rect.height * dpr);
  for (const c of canvases)
    if (c.width > 0 && c.height > 0) ctx.drawImage(c, 0, mapY, out.width, mapHeight);
  ctx.scale(dpr, dpr);
  ctx.fillStyle = parts.text;
  ctx.globalAlpha = 0.15;
  for (const y of layout.rules) ctx.fillRect(0, y, layout.width, 1);
  for (const d of layout.dots) {
    ctx.globalAlpha = 1;
    ctx.fillStyle = d.color;
    ctx.beginPath();
    ctx.arc(d.x, d.y, d.r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  for (const r of layout.ramps) {
    const g = ctx.createLinearGradient(r.x, 0, r.x + r.w, 0);
    r.stops.forEach((c, i) => g.addColorStop(i / Math.max(1, r.stops.length - 1), c));
    ctx.fillStyle = g;
    ctx.fillRect(r.x, r.y, r.w, r.h);
  }
  ctx.textBaseline = 'middle';
  for (const t of layout.texts) {
    ctx.globalAlpha = t.alpha;
    ctx.font = t.font;
    ctx.letterSpacing = t.spacing ?? '0px';
    ctx.textAlign = t.align;
    if (t.halo) {
      // A soft halo in the map's colour, like the titles' text-shadow on screen.
      ctx.fillStyle = ctx.shadowColor = parts.background;
      ctx.shadowBlur = 4 * dpr;
      ctx.fillText(t.text, t.x, t.y);
      ctx.fillText(t.text, t.x, t.y);
      ctx.shadowBlur = 0;
    }
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y);
  }
  return out;
}
