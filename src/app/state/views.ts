// Guided views (a tour): saved view states with captions, kept in the graph file's
// `attributes.views`. Pure conversions between a saved view and the app's view state, and the
// graph file with views that "Download map with views" writes (built from the loaded graph's
// export, which is never changed).
import type { GraphFile, SavedView, SavedViewState } from '../../core/graph-file.ts';
import { normaliseKeyphrase } from './keyphrases.ts';
import type { ViewState } from './types.ts';
import { fieldChoices, type KnownIds } from './url.ts';
import { INITIAL_VIEW, roundCamera } from './view-state.ts';

/** The saved form of a view state (the parts the URL records, the list/map mode aside). */
export function savedState(s: ViewState): SavedViewState {
  const sorted = (ids: ReadonlySet<number>) => [...ids].sort((a, b) => a - b);
  return {
    paper: s.selected,
    hide: sorted(s.hiddenClusters),
    // Only when some are hidden, so that views of maps without sub-topics stay as they were.
    ...(s.hiddenTopics.size > 0 ? { hideTopics: sorted(s.hiddenTopics) } : {}),
    kw: [...s.keywords],
    q: s.query,
    cam: s.camera ? roundCamera(s.camera) : null,
    // Only what differs from the defaults, so that views saved without them stay as they were.
    ...(s.color !== INITIAL_VIEW.color ? { color: s.color } : {}),
    ...(s.size !== INITIAL_VIEW.size ? { size: s.size } : {}),
    ...(s.years ? { years: [s.years.from, s.years.to] as [number, number] } : {}),
  };
}

/**
 * A saved view applied to a state: unknown papers, clusters and sub-topics are dropped, the mode
 * kept. A view saved before sub-topics existed hides none; one without colour, size or years
 * shows the defaults (a tour can step from "since 2023" back to the whole field).
 */
export function applySaved(s: ViewState, saved: SavedViewState, known: KnownIds): ViewState {
  const keywords: string[] = [];
  for (const raw of saved.kw) {
    const k = normaliseKeyphrase(raw);
    if (k !== '' && !keywords.includes(k)) keywords.push(k);
  }
  return {
    ...s,
    selected: saved.paper !== null && known.hasPaper(saved.paper) ? saved.paper : null,
    hiddenClusters: new Set(saved.hide.filter((id) => known.hasCluster(id))),
    hiddenTopics: new Set((saved.hideTopics ?? []).filter((id) => known.hasTopic(id))),
    keywords,
    query: saved.q,
    camera: saved.cam ? roundCamera(saved.cam) : null,
    ...fieldChoices(
      saved.color ?? INITIAL_VIEW.color,
      saved.size ?? INITIAL_VIEW.size,
      saved.years ? { from: saved.years[0], to: saved.years[1] } : null,
      known,
    ),
  };
}

/** An id not used by any of the views: v1, v2, ... */
export function newViewId(views: readonly SavedView[]): string {
  const used = new Set(views.map((v) => v.id));
  let n = views.length + 1;
  while (used.has(`v${n}`)) n++;
  return `v${n}`;
}

/** Moves the view at `from` by `by` places (a new array; unchanged when out of range). */
export function moveView<T>(views: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (from < 0 || from >= views.length || to < 0 || to >= views.length) return [...views];
  const next = [...views];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The graph file to download: the loaded map's export with `attributes.views` set. */
export function fileWithViews(exported: GraphFile, views: readonly SavedView[]): GraphFile {
  const attributes: GraphFile['attributes'] = { ...exported.attributes };
  if (views.length === 0) delete attributes.views;
  else attributes.views = views.map((v) => structuredClone(v));
  return { ...exported, attributes };
}

/** `?view=<id>`: a tour view to start at (`view=list` is the list mode, not a tour view). */
export function tourParam(search: string): string | null {
  const v = new URLSearchParams(search).get('view');
  return v && v !== 'list' ? v : null;
}

const HOME = { x: 0.5, y: 0.5, ratio: 1 };
/** A view state as a string that equal views share (a null camera is the whole map). */
const stateKey = (s: ViewState) => {
  const saved = savedState(s);
  return JSON.stringify({ ...saved, cam: saved.cam ?? HOME });
};

/**
 * The first view that shows exactly the state `s` (applied as the app would: unknown ids
 * dropped, keyphrases normalised), or null.
 */
export function matchingView(
  views: readonly SavedView[],
  s: ViewState,
  known: KnownIds,
): number | null {
  const key = stateKey(s);
  const i = views.findIndex((v) => stateKey(applySaved(s, v.state, known)) === key);
  return i < 0 ? null : i;
}

export type ViewPart =
  'paper' | 'hide' | 'hideTopics' | 'kw' | 'q' | 'cam' | 'color' | 'size' | 'years';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What a saved view holds besides its caption, in words, each part one the author can drop. */
export function viewParts(
  s: SavedViewState,
  titleOf: (key: string) => string | undefined,
): { part: ViewPart; text: string }[] {
  const parts: { part: ViewPart; text: string }[] = [];
  if (s.paper !== null)
    parts.push({ part: 'paper', text: `Paper: ${titleOf(s.paper) ?? s.paper}` });
  if (s.hide.length > 0)
    parts.push({ part: 'hide', text: `${plural(s.hide.length, 'cluster')} hidden` });
  const topics = s.hideTopics?.length ?? 0;
  if (topics > 0) parts.push({ part: 'hideTopics', text: `${plural(topics, 'sub-topic')} hidden` });
  if (s.kw.length > 0) parts.push({ part: 'kw', text: `Keyphrases: ${s.kw.join(', ')}` });
  if (s.q !== '') parts.push({ part: 'q', text: `Search: “${s.q}”` });
  if (s.color) parts.push({ part: 'color', text: `Colour by ${s.color}` });
  if (s.size) parts.push({ part: 'size', text: `Size by ${s.size}` });
  if (s.years)
    parts.push({
      part: 'years',
      text: s.years[0] === s.years[1] ? `Year ${s.years[0]}` : `Years ${s.years[0]}–${s.years[1]}`,
    });
  if (s.cam !== null) parts.push({ part: 'cam', text: 'Camera' });
  return parts;
}

/** The view without one of its parts (the whole map, for the camera). */
export function dropPart(s: SavedViewState, part: ViewPart): SavedViewState {
  const next: SavedViewState = { ...s };
  if (part === 'paper') next.paper = null;
  else if (part === 'hide') next.hide = [];
  else if (part === 'hideTopics') delete next.hideTopics;
  else if (part === 'kw') next.kw = [];
  else if (part === 'q') next.q = '';
  else if (part === 'color' || part === 'size' || part === 'years') delete next[part];
  else next.cam = null;
  return next;
}

/** The name of the downloaded map with views: the map's title as a slug, then "-tour.json". */
export function tourFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-|-$/gu, '');
  return `${slug || 'map'}-tour.json`;
}
