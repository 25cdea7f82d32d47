// Immutable updates of the view state: each returns a new object and replaces, never mutates, its
// sets and arrays, so Svelte's `$state.raw` and equality checks see every change.
import type { CameraView, ViewMode, ViewState } from './types.ts';
import { normaliseKeyphrase } from './keyphrases.ts';

export const INITIAL_VIEW: ViewState = Object.freeze({
  selected: null,
  hovered: null,
  hiddenClusters: new Set<number>(),
  keywords: [],
  query: '',
  camera: null,
  view: 'map',
});

export function selectPaper(s: ViewState, key: string | null, cluster?: number): ViewState {
  // Choosing a paper of a hidden cluster shows that cluster: a selection is never invisible.
  let hiddenClusters = s.hiddenClusters;
  if (cluster !== undefined && hiddenClusters.has(cluster)) {
    const next = new Set(hiddenClusters);
    next.delete(cluster);
    hiddenClusters = next;
  }
  if (s.selected === key && hiddenClusters === s.hiddenClusters) return s;
  return { ...s, selected: key, hiddenClusters };
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

export function showOnlyCluster(s: ViewState, id: number, allIds: Iterable<number>): ViewState {
  const hidden = new Set<number>();
  for (const other of allIds) if (other !== id) hidden.add(other);
  return { ...s, hiddenClusters: hidden };
}

export function showAllClusters(s: ViewState): ViewState {
  return s.hiddenClusters.size === 0 ? s : { ...s, hiddenClusters: new Set() };
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
    sameSet(a.hiddenClusters, b.hiddenClusters) &&
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
