// The map's colours in each theme. Sigma draws on canvases, so it cannot read CSS variables:
// these mirror the ones in app.css. Dimmed items are drawn opaque (mixed with the background)
// rather than translucent, so overlapping dimmed items don't add up to darker blobs.

export type Theme = 'light' | 'dark';

export interface MapColors {
  background: string;
  label: string;
  labelHalo: string;
  /** Resting edges: quiet. */
  edge: string;
  /** Edges of the hovered or selected paper. */
  edgeFocus: string;
  /** Edges that lead out of the matching papers. */
  edgeFaint: string;
  hoverBox: string;
  hoverText: string;
  /** The focus ring: the outline of the keyboard-focused paper's title box (app.css's --focus). */
  focusRing: string;
  /** How far a dimmed node moves towards the background, 0..1. */
  dimAmount: number;
}

export const MAP_COLORS: Record<Theme, MapColors> = {
  light: {
    background: '#fbfbfa',
    label: '#1f2328',
    labelHalo: '#fbfbfa',
    edge: '#d9dce1',
    edgeFocus: '#6b7280',
    edgeFaint: '#eef0f2',
    hoverBox: '#ffffff',
    hoverText: '#111418',
    focusRing: '#2456c9',
    dimAmount: 0.78,
  },
  dark: {
    background: '#111418',
    label: '#e6e8eb',
    labelHalo: '#111418',
    edge: '#2a3038',
    edgeFocus: '#9aa4b2',
    edgeFaint: '#1a1e23',
    hoverBox: '#20252c',
    hoverText: '#f3f4f6',
    focusRing: '#8db4ff',
    dimAmount: 0.72,
  },
};

function parseHex(c: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(c.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** Mixes two hex colours: t = 0 gives `a`, t = 1 gives `b`. Non-hex input returns `a` as is. */
export function mixColors(a: string, b: string, t: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return a;
  const hex = ca
    .map((v, i) => Math.round(v + (cb[i] - v) * t))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('');
  return `#${hex}`;
}

/** WCAG relative luminance contrast ratio of two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (parseHex(c) ?? [0, 0, 0]).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A cluster colour made dark enough (light theme) or light enough (dark theme) to be read as
 * text on `background` at WCAG AA (4.5:1), keeping as much of its hue as it can.
 */
export function readableTextColor(color: string, background: string, theme: Theme): string {
  const toward = theme === 'dark' ? '#ffffff' : '#000000';
  for (let t = 0.3; t < 1; t += 0.05) {
    const mixed = mixColors(color, toward, t);
    if (contrastRatio(mixed, background) >= 4.5) return mixed;
  }
  return toward;
}
