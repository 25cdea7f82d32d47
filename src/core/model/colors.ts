// Cluster colours. The first seven are Okabe & Ito's palette (Wong, Nature Methods 2011), chosen
// to stay distinguishable under the common colour-vision deficiencies; d3's categorical schemes
// (Tableau10, Observable10, Set2) were not designed for that. Its black is left out: on a map,
// black reads as "no cluster" and clashes with labels. Cluster ids are ordered by size, so the
// largest clusters get these colours.

import { interpolateTurbo } from 'd3-scale-chromatic';

export const OKABE_ITO = [
  '#0072b2', // blue
  '#e69f00', // orange
  '#009e73', // bluish green
  '#d55e00', // vermillion
  '#56b4e9', // sky blue
  '#cc79a7', // reddish purple
  '#f0e442', // yellow
] as const;

/** "rgb(r, g, b)" (what d3's interpolators return) as "#rrggbb", like the palette. */
function toHex(rgb: string): string {
  const parts = rgb.match(/\d+/g) ?? [];
  return (
    '#' +
    parts
      .slice(0, 3)
      .map((p) => Number(p).toString(16).padStart(2, '0'))
      .join('')
  );
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** "Redmean" colour distance: a cheap, decent approximation of perceived difference. */
function distance(a: string, b: string): number {
  const [r1, g1, b1] = channels(a);
  const [r2, g2, b2] = channels(b);
  const r = (r1 + r2) / 2;
  return Math.sqrt(
    (2 + r / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - r) / 256) * (b1 - b2) ** 2,
  );
}

/**
 * k distinct colours. Beyond the palette no set of colours stays safe for colour-blind readers,
 * so each further cluster gets the Turbo colour farthest from all colours given so far (Turbo's
 * dark ends left out); legend labels carry the distinction there. Greedy farthest-point choice
 * keeps neighbouring ids apart too, e.g. no second yellow next to Okabe-Ito's.
 */
export function clusterColors(k: number): string[] {
  const colors: string[] = OKABE_ITO.slice(0, Math.max(0, k));
  if (colors.length >= k) return colors;
  // A fixed pool, so that adding clusters never changes the colours of the earlier ones.
  const steps = 256;
  const pool = [
    ...new Set(
      Array.from({ length: steps }, (_, j) =>
        toHex(interpolateTurbo(0.05 + (0.9 * j) / (steps - 1))),
      ),
    ),
  ];
  const nearest = pool.map((c) => Math.min(...colors.map((d) => distance(c, d))));
  while (colors.length < k && pool.length > 0) {
    let best = 0;
    for (let j = 1; j < pool.length; j++) if (nearest[j] > nearest[best]) best = j;
    const chosen = pool[best];
    colors.push(chosen);
    pool.splice(best, 1);
    nearest.splice(best, 1);
    for (let j = 0; j < pool.length; j++)
      nearest[j] = Math.min(nearest[j], distance(pool[j], chosen));
  }
  // Past ~250 clusters no one tells colours apart anyway: repeat them.
  for (let i = 0; colors.length < k; i++) colors.push(colors[i]);
  return colors;
}
