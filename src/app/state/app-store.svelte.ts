// The one reactive store of a loaded map: the view state, what is derived from it, and its
// mirror in the URL. Panels read it from context and change it only through `update`, with a
// pure function from view-state.ts and a history mode: 'push' for discrete changes (select,
// filter) that back/forward step through, 'replace' for camera moves and typing, 'none' for
// hover.
import { getContext, setContext } from 'svelte';
import type { MapColors, Theme } from './colors.ts';
import { MAP_COLORS } from './colors.ts';
import { filterCounts, matchingPapers, type Hidden } from './filter.ts';
import { buildMapIndex, type MapIndex } from './map-index.ts';
import type { TextIndex } from './text-index.ts';
import type { CameraView, PaperGraph, ViewState } from './types.ts';
import { embedParam, searchToView, viewToSearch, type KnownIds } from './url.ts';
import { INITIAL_VIEW, sameUrlState, selectPaper } from './view-state.ts';
import type { SavedView } from '../../core/graph-file.ts';
import { applySaved, newViewId, savedState, tourParam } from './views.ts';
import { mapFields, papersInYears, type MapFields } from './paper-fields.ts';
import type { NodePaint } from './reducers.ts';

type PaintModule = typeof import('./paint.ts');
type MapDetails = import('./map-details.ts').MapDetails;

export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * The stage's one Tab stop, where focus goes back to from the details: the map, or the list's
 * current paper, whichever shows (the other is inert).
 */
export const STAGE_FOCUS = '#stage :not([inert]) > [tabindex="0"]';

/** What the map component offers the panels; null when there is no map (no WebGL). */
export interface MapControls {
  zoomIn(): void;
  zoomOut(): void;
  fitAll(): void;
  fitCluster(id: number): void;
  fitTopic(id: number): void;
  focusNode(key: string): void;
  /** The node's centre in CSS pixels of the page, or null when it is not drawn. */
  nodeViewportPosition(key: string): { x: number; y: number } | null;
  /** The camera as it is now, rounded (mid-animation too). */
  camera(): CameraView;
  /** The boxes of the paper labels (and the focus paper's title box) drawn last, page px. */
  drawnLabels(): { key: string; box: { x0: number; y0: number; x1: number; y1: number } }[];
  /** The current view as a PNG (cluster titles and a small legend included). */
  toPng(): Promise<Blob>;
}

export class AppStore {
  view = $state.raw<ViewState>(INITIAL_VIEW);
  theme = $state<Theme>('light');
  mapControls = $state.raw<MapControls | null>(null);
  /** Why the map can't be drawn (no WebGL, or sigma failed); the list view is shown instead. */
  mapUnavailable = $state<string | null>(null);
  /**
   * The paper the map's keyboard focus is on (ringed on the map, announced); null while the map
   * is not focused from the keyboard. Not part of the view: never in the URL.
   */
  mapFocus = $state<string | null>(null);
  /** A camera the map should move to because the URL changed (back/forward), not the reader. */
  cameraFromUrl = $state.raw<{ camera: ViewState['camera']; seq: number } | null>(null);

  // Each part of the view on its own, so that an effect reading one part doesn't re-run when
  // another changes (the camera changes often). Immutable updates keep unchanged parts identical.
  readonly selected = $derived(this.view.selected);
  readonly hovered = $derived(this.view.hovered);
  readonly hiddenClusters = $derived(this.view.hiddenClusters);
  readonly hiddenTopics = $derived(this.view.hiddenTopics);
  readonly colorBy = $derived(this.view.color);
  readonly sizeBy = $derived(this.view.size);
  readonly years = $derived(this.view.years);
  /** The papers within the year range; null when there is none. */
  readonly inYears = $derived.by(() => papersInYears(this.graph, this.years));
  /** The hidden sets and the year range, a new object only when one changes (not on camera moves). */
  readonly hidden: Hidden = $derived({
    hiddenClusters: this.hiddenClusters,
    hiddenTopics: this.hiddenTopics,
    inYears: this.inYears,
  });
  readonly keywords = $derived(this.view.keywords);
  readonly query = $derived(this.view.query);
  readonly mode = $derived(this.view.view);

  /**
   * The search and phrase indexes (text-index.ts), whose code is not needed to draw the map:
   * null until `loadText` has loaded it. Until then a query or keyphrase singles nothing out;
   * a map that opens with one loads it first (`openStore`).
   */
  text = $state.raw<TextIndex | null>(null);
  #textLoad: Promise<TextIndex> | null = null;
  readonly searchHits = $derived.by(() => {
    void this.detailsArrived; // a split map's abstracts are searched as they arrive
    return this.text?.search(this.query) ?? null;
  });
  /** The papers the query and the keyphrases single out, whatever the years (null: none). */
  readonly matchingText = $derived.by(() => {
    void this.detailsComplete; // the phrase index is made again once every detail is here
    return this.text ? matchingPapers(this.text.phrases, this.keywords, this.searchHits) : null;
  });
  readonly matching = $derived.by(() => {
    void this.detailsComplete;
    return this.text
      ? matchingPapers(this.text.phrases, this.keywords, this.searchHits, this.inYears)
      : this.inYears;
  });

  /**
   * A split map's details (map-details.ts): null for a whole map. Parts arrive as a paper is
   * opened, or all of them once the reader searches or filters by keyphrase.
   */
  details: MapDetails | null = null;
  /** How many detail files have arrived: what shows a paper's details, and search, read. */
  detailsArrived = $state(0);
  /** Whether every detail file has (the keyphrase index spans them all, so it waits for this). */
  detailsComplete = $state(true);
  /** How much of a split map's details is here while they load (a percentage); null otherwise. */
  readonly detailsPercent = $derived(
    this.details && !this.detailsComplete
      ? Math.round((100 * this.detailsArrived) / this.details.parts)
      : null,
  );
  /** Why a detail file could not be had, for the panel that waits for it; null when none failed. */
  detailsError = $state<string | null>(null);
  /** Matching of total papers per cluster and sub-topic: what every panel and the map show. */
  readonly counts = $derived.by(() => filterCounts(this.index, this.hiddenTopics, this.matching));
  readonly colors: MapColors = $derived(MAP_COLORS[this.theme]);
  /** Colour by year or venue, size by citations (paint.ts, loaded by `loadPaint`). */
  paintModule = $state.raw<PaintModule | null>(null);
  readonly paint: NodePaint | null = $derived.by(
    () => this.paintModule?.nodePaint(this.graph, this.colorBy, this.sizeBy, this.theme) ?? null,
  );

  /** Guided views: those of the file, then as the author saves, edits, moves and deletes them. */
  views = $state.raw<readonly SavedView[]>([]);
  /** The tour's current view (an index into `views`), or null when the reader explores freely. */
  tourIndex = $state<number | null>(null);

  readonly graph: PaperGraph;
  readonly index: MapIndex;
  /**
   * A map made in this page from the reader's files ("Make a map"): its graph file's text, as
   * the CLI would write it, for download. It has no address, so nothing can link to it.
   */
  madeHere: { graphText: string } | null = null;
  /** The `data` parameter the map was opened with; kept in every URL the app writes. */
  readonly dataParam: string | null;
  /**
   * Embedded in another page (`?embed=1`): the URL keeps embed=1 and is replaced, never pushed,
   * since an iframe's history entries would become the host page's back button.
   */
  readonly embed: boolean;
  /** Which papers, clusters and sub-topics the map has (to drop unknown ids from a URL or view). */
  readonly known: KnownIds;
  /** Which of year, venue and citations the map's papers have, and its first and last years. */
  readonly fields: MapFields;

  constructor(graph: PaperGraph, index: MapIndex, dataParam: string | null, search: string) {
    this.graph = graph;
    this.index = index;
    this.dataParam = dataParam;
    this.embed = embedParam(search);
    const fields = (this.fields = mapFields(graph));
    this.known = {
      hasPaper: (key) => graph.hasNode(key),
      hasCluster: (id) => index.clusterById.has(id),
      hasTopic: (id) => index.topicById.has(id),
      hasField: (f) => fields.has.has(f),
      yearExtent: fields.years,
    };
    this.view = { ...searchToView(search, this.known), hovered: null };
    this.views = graph.getAttribute('views') ?? [];
    // ?view=<id> starts at that view; an embedded map with views and no other state starts
    // the tour at its first view.
    const wanted = tourParam(search);
    let start = wanted === null ? -1 : this.views.findIndex((v) => v.id === wanted);
    if (start < 0 && this.embed && this.views.length > 0 && sameUrlState(this.view, INITIAL_VIEW))
      start = 0;
    if (start >= 0) {
      this.tourIndex = start;
      this.view = applySaved(this.view, this.views[start]!.state, this.known);
    }
  }

  /** Shows the tour's view `i`: its state (camera included) and its caption. */
  playView(i: number) {
    const v = this.views[i];
    if (!v) return;
    this.tourIndex = i;
    const next = applySaved(this.view, v.state, this.known);
    this.update(() => next, this.embed ? 'replace' : 'push');
    this.cameraFromUrl = { camera: next.camera, seq: (this.cameraFromUrl?.seq ?? 0) + 1 };
  }

  /** Saves the current view at the end of the tour, with a default caption. */
  saveView(): SavedView {
    const saved: SavedView = {
      id: newViewId(this.views),
      caption: `View ${this.views.length + 1}`,
      state: savedState(this.view),
    };
    this.views = [...this.views, saved];
    return saved;
  }

  /** Loads the colourings and sizes (with their palettes) the first time they are needed. */
  loadPaint(): Promise<PaintModule> {
    return import('./paint.ts').then((m) => (this.paintModule ??= m));
  }

  /** Loads the text indexes' code (minisearch, the phrase matching) once; see `text`. */
  loadText(): Promise<TextIndex> {
    this.#textLoad ??= import('./text-index.ts').then(
      (m) => (this.text ??= m.buildTextIndex(this.graph, this.index.texts)),
      (e: unknown) => {
        this.#textLoad = null; // a later need tries again
        throw e;
      },
    );
    return this.#textLoad;
  }

  /**
   * After the first render: the keyphrases for the filter's suggestions, and the text indexes,
   * built in chunks that leave the map responsive (`TextIndex.prepare`).
   */
  prepareSearch() {
    const start = () => {
      void this.index.keyphrases;
      void this.loadText().then((text) => text.prepare());
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 0);
  }

  update(change: (s: ViewState) => ViewState, mode: HistoryMode = 'push') {
    const prev = this.view;
    const next = change(prev);
    if (next === prev) return;
    this.view = next;
    if (mode === 'none' || sameUrlState(prev, next)) return;
    const url = viewToSearch(next, { data: this.dataParam, embed: this.embed });
    if (url === location.search) return;
    const href = url === '' ? location.pathname : url;
    if (mode === 'push' && !this.embed) history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  /** Back/forward: the URL is the truth; the hovered paper is kept. */
  restoreFromUrl(search: string) {
    const restored = searchToView(search, this.known);
    this.view = { ...restored, hovered: this.view.hovered };
    this.cameraFromUrl = { camera: restored.camera, seq: (this.cameraFromUrl?.seq ?? 0) + 1 };
  }

  /** Selects a paper (showing its cluster and sub-topic if hidden) and moves the camera to it. */
  goToPaper(key: string) {
    this.update((s) =>
      selectPaper(
        s,
        key,
        this.index.clusterOf.get(key),
        this.index.topicOf.get(key),
        this.graph.hasNode(key) ? this.graph.getNodeAttribute(key, 'year') : undefined,
      ),
    );
    this.mapControls?.focusNode(key);
  }

  /** The paper's attributes, its details included once they are here (see `hasDetails`). */
  paper(key: string) {
    void this.detailsArrived;
    return this.graph.getNodeAttributes(key);
  }

  /** Whether the paper's abstract, authors and keyphrases are here (always, in a whole map). */
  hasDetails(key: string): boolean {
    void this.detailsArrived;
    return this.details === null || this.details.has(key);
  }

  /** Fetches the details of a paper of a split map, if not here yet. */
  loadDetailsFor(key: string) {
    if (this.details && !this.details.has(key))
      this.details.loadFor(key).catch((e: unknown) => (this.detailsError = (e as Error).message));
  }

  /** Fetches every detail file of a split map: full-text search and keyphrases need them all. */
  loadAllDetails() {
    this.details?.loadAll().catch((e: unknown) => (this.detailsError = (e as Error).message));
  }

  /**
   * The map as one graph file (what Share downloads): a split map's details fetched first and
   * put in its papers, as in the map the CLI split.
   */
  async wholeGraphFile() {
    if (this.details) await this.details.loadAll();
    const data = this.graph.export();
    const attributes = { ...data.attributes };
    delete attributes.split;
    return { ...data, attributes };
  }

  /** A detail file arrived: its papers searched and shown with their details from now on. */
  detailsPartArrived(keys: readonly string[]) {
    const complete = this.details !== null && this.details.loadedParts === this.details.parts;
    this.index.refreshTexts(keys, complete);
    this.text?.refresh(keys, complete);
    this.detailsError = null;
    this.detailsArrived++;
    if (complete) this.detailsComplete = true;
  }
}

/**
 * The store of a loaded map, with what its first view needs: the text indexes' code when it
 * opens on a query or a keyphrase filter (from the URL or a guided view), so that the first
 * render already singles out the papers they match.
 */
export async function openStore(
  graph: PaperGraph,
  dataParam: string | null,
  search: string,
  mapUrl: string = location.href,
): Promise<AppStore> {
  const store = new AppStore(graph, buildMapIndex(graph), dataParam, search);
  const split = graph.getAttribute('split');
  if (split) {
    // Only a split map loads this module: a whole map has its details.
    const { MapDetails } = await import('./map-details.ts');
    store.details = new MapDetails(graph, split, mapUrl, (keys) => store.detailsPartArrived(keys));
    store.detailsComplete = store.details.parts === 0;
  }
  // (A split map's details for them are fetched by the Workspace, as for a query typed later.)
  if (store.query.trim() !== '' || store.keywords.length > 0) await store.loadText();
  return store;
}

const KEY = Symbol('papermap-store');
export const setStore = (store: AppStore) => setContext(KEY, store);
export const getStore = () => getContext<AppStore>(KEY);
