// Every view is a URL: the view state to and from the query string. Parameters:
//   paper=<key>  hide=<id,id>  hidet=<topic id,id>  kw=<keyphrase> (repeated)  q=<query>
//   cam=<x,y,ratio>  view=list  color=year|venue  size=citations|none  years=<from>-<to>
// and data=<url> (which map) and embed=1 (the compact chrome for an iframe) are kept as they are. Unknown values are dropped, not fatal: a link to
// a paper that a rebuilt map no longer has still opens the map.
import { normaliseKeyphrase } from './keyphrases.ts';
import { COLOR_BY, SIZE_BY, type PaperField } from '../../core/graph-file.ts';
import { clampYears, INITIAL_VIEW, roundCamera } from './view-state.ts';
import type { CameraView, ViewState, YearRange } from './types.ts';

type UrlState = Omit<ViewState, 'hovered'>;

export function viewToSearch(
  state: UrlState,
  keep?: { data?: string | null; embed?: boolean },
): string {
  const p = new URLSearchParams();
  if (keep?.data) p.set('data', keep.data);
  if (keep?.embed) p.set('embed', '1');
  if (state.selected) p.set('paper', state.selected);
  if (state.hiddenClusters.size > 0) p.set('hide', idList(state.hiddenClusters));
  if (state.hiddenTopics.size > 0) p.set('hidet', idList(state.hiddenTopics));
  for (const k of state.keywords) p.append('kw', k);
  if (state.query) p.set('q', state.query);
  if (state.camera) {
    const c = roundCamera(state.camera);
    p.set('cam', `${c.x},${c.y},${c.ratio}`);
  }
  if (state.view === 'list') p.set('view', 'list');
  if (state.color !== INITIAL_VIEW.color) p.set('color', state.color);
  if (state.size !== INITIAL_VIEW.size) p.set('size', state.size);
  if (state.years) p.set('years', `${state.years.from}-${state.years.to}`);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

const idList = (ids: ReadonlySet<number>) => [...ids].sort((a, b) => a - b).join(',');

function parseIds(value: string | null, known: (id: number) => boolean): Set<number> {
  const ids = new Set<number>();
  for (const part of (value ?? '').split(',')) {
    if (!/^-?\d+$/u.test(part.trim())) continue;
    const id = Number(part);
    if (known(id)) ids.add(id);
  }
  return ids;
}

export interface KnownIds {
  hasPaper(key: string): boolean;
  hasCluster(id: number): boolean;
  hasTopic(id: number): boolean;
  /** Whether some paper has the field (absent: assume so, as for a map not yet known). */
  hasField?(field: PaperField): boolean;
  /** The map's first and last years, to keep a year range inside; null when it has none. */
  yearExtent?: YearRange | null;
}

/** A value of one of the choices, else the default: `?color=rainbow` is colour by cluster. */
function choice<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return (options as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** `2018-2024` (or one year, `2020`) as a range; null when it is not one. */
export function parseYears(value: string | null): YearRange | null {
  const m = /^\s*(\d{1,4})\s*(?:-\s*(\d{1,4})\s*)?$/u.exec(value ?? '');
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function searchToView(search: string, known?: KnownIds): UrlState {
  const p = new URLSearchParams(search);
  const paper = p.get('paper');
  const selected = paper && (!known || known.hasPaper(paper)) ? paper : null;
  const keywords: string[] = [];
  for (const raw of p.getAll('kw')) {
    const k = normaliseKeyphrase(raw);
    if (k !== '' && !keywords.includes(k)) keywords.push(k);
  }
  return {
    selected,
    hiddenClusters: parseIds(p.get('hide'), (id) => !known || known.hasCluster(id)),
    hiddenTopics: parseIds(p.get('hidet'), (id) => !known || known.hasTopic(id)),
    keywords,
    query: p.get('q') ?? '',
    camera: parseCamera(p.get('cam')),
    view: p.get('view') === 'list' ? 'list' : INITIAL_VIEW.view,
    ...fieldChoices(
      choice(p.get('color'), COLOR_BY, INITIAL_VIEW.color),
      choice(p.get('size'), SIZE_BY, INITIAL_VIEW.size),
      parseYears(p.get('years')),
      known,
    ),
  };
}

/**
 * Colour, size and years as the map can show them: by a field no paper has falls back to the
 * default, a year range is kept inside the map's years. Shared by URLs and saved views.
 */
export function fieldChoices(
  color: ViewState['color'],
  size: ViewState['size'],
  years: YearRange | null,
  known?: Pick<KnownIds, 'hasField' | 'yearExtent'>,
): Pick<ViewState, 'color' | 'size' | 'years'> {
  const has = (f: PaperField) => known?.hasField?.(f) ?? true;
  return {
    color: color === 'cluster' || has(color) ? color : INITIAL_VIEW.color,
    size: size !== 'citations' || has('citations') ? size : INITIAL_VIEW.size,
    years:
      known?.yearExtent === undefined
        ? years
        : has('year')
          ? clampYears(years, known.yearExtent)
          : null,
  };
}

function parseCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio] = parts;
  if (ratio <= 0) return null;
  return roundCamera({ x, y, ratio });
}

/** The `data` parameter: which graph file to open instead of the default one. */
export function dataUrlParam(search: string): string | null {
  const v = new URLSearchParams(search).get('data');
  return v && v.trim() !== '' ? v.trim() : null;
}

/** `embed=1`: the compact chrome for an iframe in someone else's page. */
export function embedParam(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
