// A large map's focus (state/focus-links.ts `focusDrawing`), drawn on a 2D canvas of sigma's
// over its dots after every render: a veil of the background colour that dims the map around
// the selected paper (the same mix as the small maps' dimmed colours), the links in focus, and
// the focus papers' dots again on top. A few dozen shapes per frame, where sigma's own edges
// would go through every link of the map on each refresh, and dimming paper by paper would
// make a selection redraw all 100,000 dots.
import type Sigma from 'sigma';
import type {
  GraphAttributes,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';
import type { MapColors } from '../state/colors.ts';
import type { FocusDrawing, FocusLink } from '../state/focus-links.ts';

type Renderer = Sigma<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

const LAYER = 'focusLayer';

/** Link widths in pixels at the overview, as the small maps' edge reducer gives them. */
export const linkWidth = (link: Pick<FocusLink, 'weight' | 'emphasis'>): number =>
  link.emphasis === 'focus' ? 1 + link.weight * 3 : 0.5 + link.weight * 1.5;

/**
 * Adds the layer over sigma's dots (under the labels) and draws `drawing()` in `colors()` after
 * each render; returns the function that removes it.
 */
export function focusLayer(
  sigma: Renderer,
  drawing: () => FocusDrawing,
  colors: () => MapColors,
): () => void {
  const canvas = sigma.createCanvas(LAYER, { afterLayer: 'nodes' });
  const context = canvas.getContext('2d')!;
  const draw = () => {
    // Sized here, not by sigma, which sizes only the 2D contexts it made itself.
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (canvas.width !== w || canvas.height !== h) {
      [canvas.width, canvas.height] = [w, h];
      [canvas.style.width, canvas.style.height] = [`${width}px`, `${height}px`];
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const { veil, links, papers } = drawing();
    const c = colors();
    if (veil) {
      context.globalAlpha = c.dimAmount;
      context.fillStyle = c.background;
      context.fillRect(0, 0, width, height);
      context.globalAlpha = 1;
    }
    const minWidth = sigma.getSetting('minEdgeThickness');
    context.lineCap = 'round';
    for (const link of links) {
      const s = sigma.getNodeDisplayData(link.source);
      const t = sigma.getNodeDisplayData(link.target);
      if (!s || !t || s.hidden || t.hidden) continue;
      const a = sigma.framedGraphToViewport(s);
      const b = sigma.framedGraphToViewport(t);
      context.strokeStyle = link.emphasis === 'focus' ? c.edgeFocus : c.edge;
      context.lineWidth = Math.max(minWidth, sigma.scaleSize(linkWidth(link)));
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    }
    for (const key of papers) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const p = sigma.framedGraphToViewport(d);
      context.fillStyle = d.color;
      context.beginPath();
      context.arc(p.x, p.y, sigma.scaleSize(d.size), 0, 2 * Math.PI);
      context.fill();
    }
  };
  sigma.on('afterRender', draw);
  return () => {
    sigma.off('afterRender', draw);
    sigma.killLayer(LAYER);
  };
}
