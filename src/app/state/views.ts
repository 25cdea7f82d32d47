// Guided views (a tour): saved view states with captions, kept in the graph file's
// `attributes.views`. Pure conversions between a saved view and the app's view state; the
// author's tools are in view-editing.ts.
import type { SavedView, SavedViewState } from '../../core/graph-file.ts';
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

/** `?view=<id>`: a tour view to start at (`view=list` is the list mode, not a tour view). */
export function tourParam(search: string): string | null {
  const v = new URLSearchParams(search).get('view');
  return v && v !== 'list' ? v : null;
}
