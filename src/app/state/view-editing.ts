// The author's tools for guided views (ViewsPanel.svelte, loaded after the first render): which
// view the map shows, what a view holds in words and dropping a part of it, reordering, and the
// graph file with views that "Download map with views" writes (built from the loaded graph's
// export, which is never changed).
import { mapFileName } from './download.ts';
import type { GraphFile, SavedView, SavedViewState } from '../../core/graph-file.ts';
import type { ViewState } from './types.ts';
import type { KnownIds } from './url.ts';
import { applySaved, savedState } from './views.ts';

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
  return mapFileName(title, '-tour.json');
}
