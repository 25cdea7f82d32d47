// Immutable updates of the view state: each returns a new object and replaces, never mutates, its
// sets and arrays, so Svelte's `$state.raw` and equality checks see every change.
import type { ColorBy, SizeBy } from '../../core/graph-file.ts';
import type { CameraView, ViewMode, ViewState, YearRange } from './types.ts';
import { normaliseKeyphrase } from './keyphrases.ts';

export const INITIAL_VIEW: ViewState = Object.freeze({
  selected: null,
  hovered: null,
  hiddenClusters: new Set<number>(),
  hiddenTopics: new Set<number>(),
  keywords: [],
  query: '',
  camera: null,
  view: 'map',
  color: 'cluster',
  size: 'degree',
  years: null,
});

/**
 * Selects a paper. Choosing a paper of a hidden cluster or sub-topic shows it, and one outside
 * the year range widens the range to its year (or drops the range, for a paper without a year):
 * a selection is never invisible.
 */
export function selectPaper(
  s: ViewState,
  key: string | null,
  cluster?: number,
  topic?: number | null,
  year?: number | null,
): ViewState {
  const hiddenClusters = without(s.hiddenClusters, cluster);
  const hiddenTopics = without(s.hiddenTopics, topic ?? undefined);
  const years = yearsShowing(s.years, year);
  if (
    s.selected === key &&
    hiddenClusters === s.hiddenClusters &&
    hiddenTopics === s.hiddenTopics &&
    years === s.years
  )
    return s;
  return { ...s, selected: key, hiddenClusters, hiddenTopics, years };
}

/** The range widened to show a paper of `year` (null: it has none); `undefined`: not known. */
function yearsShowing(range: YearRange | null, year: number | null | undefined) {
  if (range === null || year === undefined) return range;
  if (year === null) return null;
  if (year >= range.from && year <= range.to) return range;
  return { from: Math.min(range.from, year), to: Math.max(range.to, year) };
}

/** The set without `id`: the same set when it does not hold it. */
function without(set: ReadonlySet<number>, id: number | undefined): ReadonlySet<number> {
  if (id === undefined || !set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}

export function hoverPaper(s: ViewState, key: string | null): ViewState {
  return s.hovered === key ? s : { ...s, hovered: key };
}

export function toggleCluster(s: ViewState, id: number): ViewState {
  const hidden = new Set(s.hiddenClusters);
  if (hidden.has(id)) hidden.delete(id);
  else hidden.add(id);
  return { ...s, hiddenClusters: hidden };
}

/**
 * Hides every other cluster. The cluster shows whole: its own hidden sub-topics (`ownTopics`, the
 * ids of its topics) come back; other clusters' hidden sub-topics stay hidden for when their
 * cluster is shown again.
 */
export function showOnlyCluster(
  s: ViewState,
  id: number,
  allIds: Iterable<number>,
  ownTopics: Iterable<number> = [],
): ViewState {
  const hidden = new Set<number>();
  for (const other of allIds) if (other !== id) hidden.add(other);
  const hiddenTopics = new Set(s.hiddenTopics);
  for (const t of ownTopics) hiddenTopics.delete(t);
  return { ...s, hiddenClusters: hidden, hiddenTopics };
}

/** "Show all": every cluster and every sub-topic. */
export function showAllClusters(s: ViewState): ViewState {
  if (s.hiddenClusters.size === 0 && s.hiddenTopics.size === 0) return s;
  return { ...s, hiddenClusters: new Set(), hiddenTopics: new Set() };
}

/** A sub-topic and its place: its cluster and the ids of all that cluster's topics (itself too). */
export interface TopicRef {
  id: number;
  cluster: number;
  siblings: readonly number[];
}

/**
 * Hides or shows a sub-topic, as the legend shows it: a topic of a hidden cluster shows as
 * hidden, so "show" on it shows its cluster with just that topic. Hiding a cluster's last shown
 * topic hides the cluster instead (and forgets its topics), so a shown cluster always shows some
 * of its papers and showing it again shows all of them.
 */
export function toggleTopic(s: ViewState, topic: TopicRef): ViewState {
  const hiddenClusters = new Set(s.hiddenClusters);
  const hiddenTopics = new Set(s.hiddenTopics);
  if (hiddenClusters.has(topic.cluster)) {
    hiddenClusters.delete(topic.cluster);
    for (const t of topic.siblings) hiddenTopics.add(t);
    hiddenTopics.delete(topic.id);
  } else if (hiddenTopics.has(topic.id)) hiddenTopics.delete(topic.id);
  else {
    hiddenTopics.add(topic.id);
    if (topic.siblings.every((t) => hiddenTopics.has(t))) {
      hiddenClusters.add(topic.cluster);
      for (const t of topic.siblings) hiddenTopics.delete(t);
    }
  }
  return { ...s, hiddenClusters, hiddenTopics };
}

/** Shows only one sub-topic: every other cluster and every other topic of its cluster hidden. */
export function showOnlyTopic(
  s: ViewState,
  topic: TopicRef,
  allClusters: Iterable<number>,
): ViewState {
  const hiddenClusters = new Set<number>();
  for (const c of allClusters) if (c !== topic.cluster) hiddenClusters.add(c);
  const hiddenTopics = new Set(s.hiddenTopics);
  for (const t of topic.siblings) if (t !== topic.id) hiddenTopics.add(t);
  hiddenTopics.delete(topic.id);
  return { ...s, hiddenClusters, hiddenTopics };
}

export function addKeyword(s: ViewState, keyphrase: string): ViewState {
  const k = normaliseKeyphrase(keyphrase);
  if (k === '' || s.keywords.includes(k)) return s;
  return { ...s, keywords: [...s.keywords, k] };
}

export function removeKeyword(s: ViewState, keyphrase: string): ViewState {
  const k = normaliseKeyphrase(keyphrase);
  if (!s.keywords.includes(k)) return s;
  return { ...s, keywords: s.keywords.filter((x) => x !== k) };
}

export function clearKeywords(s: ViewState): ViewState {
  return s.keywords.length === 0 ? s : { ...s, keywords: [] };
}

export function setQuery(s: ViewState, query: string): ViewState {
  return s.query === query ? s : { ...s, query };
}

export function setCamera(s: ViewState, camera: CameraView | null): ViewState {
  if (camera === s.camera) return s;
  if (camera && s.camera && sameCamera(camera, s.camera)) return s;
  return { ...s, camera };
}

export function setView(s: ViewState, view: ViewMode): ViewState {
  return s.view === view ? s : { ...s, view };
}

export function setColorBy(s: ViewState, color: ColorBy): ViewState {
  return s.color === color ? s : { ...s, color };
}

export function setSizeBy(s: ViewState, size: SizeBy): ViewState {
  return s.size === size ? s : { ...s, size };
}

/**
 * Sets the year range, kept inside the map's years (`extent`) with its ends in order; a range
 * that covers them all is no filter (null), so "all years" has one state and one URL.
 */
export function setYears(
  s: ViewState,
  range: YearRange | null,
  extent: YearRange | null,
): ViewState {
  const years = clampYears(range, extent);
  if (years === s.years || (years && s.years && sameYears(years, s.years))) return s;
  return { ...s, years };
}

export function clampYears(range: YearRange | null, extent: YearRange | null): YearRange | null {
  if (!range || !extent) return null;
  const clamp = (y: number) => Math.min(extent.to, Math.max(extent.from, Math.round(y)));
  const a = clamp(range.from);
  const b = clamp(range.to);
  const years = { from: Math.min(a, b), to: Math.max(a, b) };
  return years.from === extent.from && years.to === extent.to ? null : years;
}

export const sameYears = (a: YearRange | null, b: YearRange | null): boolean =>
  a === b || (!!a && !!b && a.from === b.from && a.to === b.to);

/** Rounds a camera to what the URL keeps: enough to restore a view, short enough to share. */
export function roundCamera(c: CameraView): CameraView {
  const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  return { x: r(c.x, 4), y: r(c.y, 4), ratio: r(c.ratio, 4) };
}

export function sameCamera(a: CameraView, b: CameraView): boolean {
  const ra = roundCamera(a);
  const rb = roundCamera(b);
  return ra.x === rb.x && ra.y === rb.y && ra.ratio === rb.ratio;
}

/** The parts of two states that the URL records (everything but the hovered paper). */
export function sameUrlState(a: ViewState, b: ViewState): boolean {
  return (
    a.selected === b.selected &&
    a.query === b.query &&
    a.view === b.view &&
    a.color === b.color &&
    a.size === b.size &&
    sameYears(a.years, b.years) &&
    sameSet(a.hiddenClusters, b.hiddenClusters) &&
    sameSet(a.hiddenTopics, b.hiddenTopics) &&
    a.keywords.length === b.keywords.length &&
    a.keywords.every((k, i) => k === b.keywords[i]) &&
    (a.camera === b.camera || (!!a.camera && !!b.camera && sameCamera(a.camera, b.camera)))
  );
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}
