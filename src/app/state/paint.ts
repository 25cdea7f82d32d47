// Colour by year or venue, size by citations: the per-paper colours and sizes that replace the
// file's, and the legend that explains them. Pure; loaded on demand (with d3-scale-chromatic's
// palettes) the first time a reader leaves colour by cluster and size by degree, so a map that
// never does costs nothing more to open.
import { interpolateViridis, schemeTableau10 } from 'd3-scale-chromatic';
import type { ColorBy, PaperNodeAttributes, SizeBy } from '../../core/graph-file.ts';
import type { Theme } from './colors.ts';
import type { NodePaint } from './reducers.ts';
import type { PaperGraph, YearRange } from './types.ts';

/** Papers without the field: a neutral grey that reads as "no value" beside the palette. */
export const MISSING_COLOR: Record<Theme, string> = { light: '#b3b8bf', dark: '#5d6570' };
/**
 * Venues past the top ones: Tableau10's muted brown. Its grey is left out: beside the "no venue"
 * grey the two would read as one.
 */
export const OTHER_VENUE_COLOR = schemeTableau10[8]!;
/** How many venues get their own colour: Tableau10's first eight hues. */
export const TOP_VENUES = 8;

/**
 * The part of viridis each theme uses: its darkest purples vanish into the dark background and
 * its brightest yellows into the light one, so each theme drops the end that does: every year
 * keeps at least 1.8:1 against the map's background (the full ramp goes down to 1.2:1).
 */
const VIRIDIS_SPAN: Record<Theme, [number, number]> = { light: [0, 0.8], dark: [0.2, 1] };

/** A year's colour: viridis from the map's first year (purple) to its last (yellow). */
export function yearColor(year: number, extent: YearRange, theme: Theme): string {
  const [lo, hi] = VIRIDIS_SPAN[theme];
  const t = extent.to === extent.from ? 1 : (year - extent.from) / (extent.to - extent.from);
  return hexOf(interpolateViridis(lo + (hi - lo) * Math.min(1, Math.max(0, t))));
}

/** The year scale as CSS gradient stops (for the legend and the PNG), first year first. */
export function yearGradient(theme: Theme, steps = 8): string[] {
  const [lo, hi] = VIRIDIS_SPAN[theme];
  return Array.from({ length: steps + 1 }, (_, i) =>
    hexOf(interpolateViridis(lo + ((hi - lo) * i) / steps)),
  );
}

/** d3's interpolators give "rgb(r, g, b)" or "#rrggbb"; the map's dimming mixes hex colours. */
function hexOf(color: string): string {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/u.exec(color);
  if (!m) return color;
  return `#${m
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A venue's name as a group: case and spacing don't split one venue in two. */
export const venueKey = (venue: string) => venue.trim().replace(/\s+/gu, ' ').toLowerCase();

export interface VenueGroup {
  key: string;
  /** The most common spelling among its papers. */
  label: string;
  color: string;
  papers: number;
}

/**
 * The top venues by paper count (ties by name), each with its colour; the rest are "other".
 * Deterministic: the same map always gives the same colours.
 */
export function topVenues(venues: Iterable<string | null>, limit = TOP_VENUES): VenueGroup[] {
  const groups = new Map<string, { n: number; spellings: Map<string, number> }>();
  for (const v of venues) {
    if (v === null || v.trim() === '') continue;
    const key = venueKey(v);
    const g = groups.get(key) ?? { n: 0, spellings: new Map() };
    g.n++;
    const spelled = v.trim().replace(/\s+/gu, ' ');
    g.spellings.set(spelled, (g.spellings.get(spelled) ?? 0) + 1);
    groups.set(key, g);
  }
  const byCount = (a: [string, number], b: [string, number]) =>
    b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return [...groups]
    .map(([key, g]) => [key, g.n, g.spellings] as const)
    .sort((a, b) => byCount([a[0], a[1]], [b[0], b[1]]))
    .slice(0, limit)
    .map(([key, n, spellings], i) => ({
      key,
      label: [...spellings].sort(byCount)[0]![0],
      color: schemeTableau10[i]!,
      papers: n,
    }));
}

/** Dot sizes when sized by citations: the file's smallest to its largest (degree) size. */
export interface SizeRange {
  min: number;
  max: number;
}

/**
 * A citation count's dot size on a square-root scale (a dot's area grows with the count), so a
 * paper cited 10,000 times does not swallow its neighbourhood; no count gets the smallest.
 */
export function citationSize(
  citations: number | undefined,
  maxCitations: number,
  range: SizeRange,
): number {
  if (citations === undefined || maxCitations <= 0) return range.min;
  return range.min + (range.max - range.min) * Math.sqrt(citations / maxCitations);
}

/**
 * The colours and sizes that replace the file's for a colouring and a sizing; null when both are
 * the file's own (by cluster, by degree).
 */
export function nodePaint(
  graph: PaperGraph,
  color: ColorBy,
  size: SizeBy,
  theme: Theme,
): NodePaint | null {
  if (color === 'cluster' && size === 'degree') return null;
  const nodes: [string, PaperNodeAttributes][] = [];
  graph.forEachNode((k, a) => nodes.push([k, a]));
  return {
    color: color === 'cluster' ? null : colorsBy(nodes, color, theme),
    size: size === 'degree' ? null : sizesBy(nodes, size),
  };
}

function colorsBy(
  nodes: [string, PaperNodeAttributes][],
  by: 'year' | 'venue',
  theme: Theme,
): Map<string, string> {
  const out = new Map<string, string>();
  const missing = MISSING_COLOR[theme];
  if (by === 'year') {
    const extent = yearExtent(nodes.map(([, a]) => a.year));
    for (const [k, a] of nodes)
      out.set(k, a.year === null || !extent ? missing : yearColor(a.year, extent, theme));
  } else {
    const top = new Map(topVenues(nodes.map(([, a]) => a.venue)).map((g) => [g.key, g.color]));
    for (const [k, a] of nodes)
      out.set(
        k,
        a.venue === null || a.venue.trim() === ''
          ? missing
          : (top.get(venueKey(a.venue)) ?? OTHER_VENUE_COLOR),
      );
  }
  return out;
}

function sizesBy(nodes: [string, PaperNodeAttributes][], by: 'citations' | 'none') {
  const sizes = nodes.map(([, a]) => a.size).sort((x, y) => x - y);
  const range = { min: sizes[0] ?? 4, max: sizes[sizes.length - 1] ?? 4 };
  const out = new Map<string, number>();
  if (by === 'none') {
    // Uniform: the file's median size, so the map looks as dense as with sizes by degree.
    const median = sizes[Math.floor(sizes.length / 2)] ?? 4;
    for (const [k] of nodes) out.set(k, median);
    return out;
  }
  const max = Math.max(0, ...nodes.map(([, a]) => a.citations ?? 0));
  for (const [k, a] of nodes) out.set(k, citationSize(a.citations, max, range));
  return out;
}

export function yearExtent(years: Iterable<number | null>): YearRange | null {
  let from = Infinity;
  let to = -Infinity;
  for (const y of years) {
    if (y === null) continue;
    from = Math.min(from, y);
    to = Math.max(to, y);
  }
  return from <= to ? { from, to } : null;
}

/** What the colour legend shows, counted over the papers the reader sees. */
export type ColorLegend =
  | { kind: 'year'; extent: YearRange; stops: string[]; missing: number; missingColor: string }
  | {
      kind: 'venue';
      venues: { label: string; color: string; count: number }[];
      other: number;
      missing: number;
      missingColor: string;
    };

/**
 * The legend of a colouring: the year scale's range, or the top venues with their counts among
 * `shown` papers (every paper when null) and "other"; both count the papers without the field.
 */
export function colorLegend(
  graph: PaperGraph,
  by: 'year' | 'venue',
  theme: Theme,
  shown: ReadonlySet<string> | null,
  extent: YearRange | null,
): ColorLegend | null {
  const counted = (k: string) => shown === null || shown.has(k);
  const missingColor = MISSING_COLOR[theme];
  if (by === 'year') {
    if (!extent) return null;
    let missing = 0;
    graph.forEachNode((k, a) => {
      if (a.year === null && counted(k)) missing++;
    });
    return { kind: 'year', extent, stops: yearGradient(theme), missing, missingColor };
  }
  const venues: (string | null)[] = [];
  graph.forEachNode((_k, a) => venues.push(a.venue));
  const top = topVenues(venues);
  const count = new Map(top.map((g) => [g.key, 0]));
  let other = 0;
  let missing = 0;
  graph.forEachNode((k, a) => {
    if (!counted(k)) return;
    if (a.venue === null || a.venue.trim() === '') missing++;
    else {
      const key = venueKey(a.venue);
      if (count.has(key)) count.set(key, count.get(key)! + 1);
      else other++;
    }
  });
  return {
    kind: 'venue',
    venues: top.map((g) => ({ label: g.label, color: g.color, count: count.get(g.key) ?? 0 })),
    other,
    missing,
    missingColor,
  };
}

/** The legend as the PNG export's rows: the year scale as a bar, venues as dots, with counts. */
export function legendRows(
  legend: ColorLegend,
): { label: string; color: string; ramp?: string[] }[] {
  if (legend.kind === 'year')
    return [
      {
        label: `Year ${legend.extent.from}–${legend.extent.to}`,
        color: legend.stops[0]!,
        ramp: legend.stops,
      },
      { label: `No year (${legend.missing})`, color: legend.missingColor },
    ];
  return [
    ...legend.venues.map((v) => ({ label: `${v.label} (${v.count})`, color: v.color })),
    ...(legend.other > 0
      ? [{ label: `Other venues (${legend.other})`, color: OTHER_VENUE_COLOR }]
      : []),
    { label: `No venue (${legend.missing})`, color: legend.missingColor },
  ];
}
