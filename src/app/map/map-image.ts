// A PNG of what the map shows: sigma's canvases (edges, nodes, labels) stacked on the map's
// background, the cluster titles where the map shows them, and a small legend in a corner.
export interface LegendEntry {
  label: string;
  color: string;
}

export interface MapImageParts {
  /** The map's container: the image is its size in device pixels. */
  element: HTMLElement;
  /** sigma's canvases, bottom to top, drawn just now (WebGL buffers are only readable then). */
  canvases: HTMLCanvasElement[];
  /** The region titles shown over the map (MapLabels), drawn at their places. */
  regions: HTMLElement[];
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

export function composeMapImage(parts: MapImageParts): HTMLCanvasElement {
  const { element, canvases, regions, legend } = parts;
  const rect = element.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(rect.width * dpr);
  out.height = Math.round(rect.height * dpr);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = parts.background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const c of canvases)
    if (c.width > 0 && c.height > 0) ctx.drawImage(c, 0, 0, out.width, out.height);
  ctx.scale(dpr, dpr);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `600 13px ${parts.font}`;
  for (const region of regions) {
    // As faded as on screen: the titles crossfade between clusters and sub-topics as they zoom.
    const alpha = shownOpacity(region, element.parentElement);
    if (alpha < 0.05) continue;
    const r = region.getBoundingClientRect();
    const name = region.querySelector('.name')?.textContent ?? region.textContent ?? '';
    ctx.globalAlpha = alpha;
    ctx.fillStyle = getComputedStyle(region).color;
    ctx.fillText(name.trim(), r.left - rect.left + r.width / 2, r.top - rect.top + r.height / 2);
  }
  ctx.globalAlpha = 1;
  // The legend: one line per cluster, bottom left, on a translucent panel.
  ctx.textAlign = 'left';
  ctx.font = `12px ${parts.font}`;
  const line = 17;
  const width = Math.min(
    rect.width - 16,
    20 + Math.max(0, ...legend.map((e) => ctx.measureText(e.label).width)) + 12,
  );
  const top = rect.height - 8 - legend.length * line - 8;
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = parts.background;
  ctx.fillRect(8, top, width, legend.length * line + 8);
  ctx.globalAlpha = 1;
  legend.forEach((entry, i) => {
    const y = top + 4 + i * line + line / 2;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(20, y, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = parts.text;
    ctx.fillText(entry.label, 30, y, width - 28);
  });
  return out;
}
