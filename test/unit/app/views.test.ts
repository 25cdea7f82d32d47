import { describe, expect, it } from 'vitest';
import type { GraphFile, SavedView } from '../../../src/core/graph-file.ts';
import type { ViewState } from '../../../src/app/state/types.ts';
import { applySaved, newViewId, savedState, tourParam } from '../../../src/app/state/views.ts';
import {
  dropPart,
  fileWithViews,
  matchingView,
  moveView,
  tourFileName,
  viewParts,
} from '../../../src/app/state/view-editing.ts';
import { INITIAL_VIEW } from '../../../src/app/state/view-state.ts';

const known = {
  hasPaper: (k: string) => k === 'a',
  hasCluster: (id: number) => id === 1,
  hasTopic: (id: number) => id === 5,
};

describe('guided views', () => {
  it('saves the URL parts of a view and applies them back, dropping unknown ids', () => {
    const s: ViewState = {
      ...INITIAL_VIEW,
      selected: 'a',
      hiddenClusters: new Set([1]),
      hiddenTopics: new Set([5]),
      keywords: ['sparse attention'],
      query: 'q',
      camera: { x: 0.123456, y: 0.5, ratio: 2 },
      view: 'list',
    };
    const saved = savedState(s);
    expect(saved).toEqual({
      paper: 'a',
      hide: [1],
      hideTopics: [5],
      kw: ['sparse attention'],
      q: 'q',
      cam: { x: 0.1235, y: 0.5, ratio: 2 },
    });
    const back = applySaved(INITIAL_VIEW, saved, known);
    expect(back.selected).toBe('a');
    expect([...back.hiddenClusters]).toEqual([1]);
    expect([...back.hiddenTopics]).toEqual([5]);
    expect(back.view).toBe('map');
    const dropped = applySaved(
      INITIAL_VIEW,
      { ...saved, paper: 'gone', hide: [1, 7], hideTopics: [5, 6] },
      known,
    );
    expect(dropped.selected).toBeNull();
    expect([...dropped.hiddenClusters]).toEqual([1]);
    expect([...dropped.hiddenTopics]).toEqual([5]);
  });

  it('reads views saved before sub-topics; writes hideTopics only when some are hidden', () => {
    const old = { paper: null, hide: [], kw: [], q: '', cam: null };
    const s = applySaved({ ...INITIAL_VIEW, hiddenTopics: new Set([5]) }, old, known);
    expect(s.hiddenTopics.size).toBe(0);
    expect(savedState(INITIAL_VIEW)).not.toHaveProperty('hideTopics');
  });

  it('makes unused ids, moves views, reads ?view= (not view=list)', () => {
    const v = (id: string): SavedView => ({
      id,
      caption: id,
      state: { paper: null, hide: [], kw: [], q: '', cam: null },
    });
    expect(newViewId([])).toBe('v1');
    expect(newViewId([v('v2'), v('v3')])).toBe('v4');
    expect(moveView(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveView(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(tourParam('?view=v2')).toBe('v2');
    expect(tourParam('?view=list')).toBeNull();
    expect(tourParam('')).toBeNull();
  });

  it('builds the file with views without changing the export', () => {
    const exported = { attributes: { title: 't' }, nodes: [], edges: [] } as unknown as GraphFile;
    const view: SavedView = {
      id: 'v1',
      caption: 'c',
      state: { paper: null, hide: [], kw: [], q: '', cam: null },
    };
    const file = fileWithViews(exported, [view]);
    expect(file.attributes.views).toEqual([view]);
    expect(exported.attributes.views).toBeUndefined();
    expect(fileWithViews(file, []).attributes).not.toHaveProperty('views');
  });

  it('finds the saved view that the map shows exactly', () => {
    const blank = { paper: null, hide: [], kw: [], q: '', cam: null };
    const views: SavedView[] = [
      { id: 'v1', caption: '', state: { ...blank, cam: { x: 0.5, y: 0.5, ratio: 1 } } },
      { id: 'v2', caption: '', state: { ...blank, paper: 'a', kw: ['Sparse  Attention'] } },
      {
        id: 'v3',
        caption: '',
        state: { ...blank, hide: [1, 7], cam: { x: 0.2, y: 0.3, ratio: 0.4 } },
      },
    ];
    // No camera yet is the whole map; the list mode is not part of a view.
    expect(matchingView(views, INITIAL_VIEW, known)).toBe(0);
    expect(matchingView(views, { ...INITIAL_VIEW, view: 'list' }, known)).toBe(0);
    const v2 = { ...INITIAL_VIEW, selected: 'a', keywords: ['sparse attention'] };
    expect(matchingView(views, v2, known)).toBe(1);
    expect(matchingView(views, { ...v2, query: 'x' }, known)).toBeNull();
    // Unknown cluster 7 is dropped, as when the view is shown; the camera is compared rounded.
    const v3 = {
      ...INITIAL_VIEW,
      hiddenClusters: new Set([1]),
      camera: { x: 0.200001, y: 0.3, ratio: 0.4 },
    };
    expect(matchingView(views, v3, known)).toBe(2);
    expect(
      matchingView(views, { ...v3, camera: { x: 0.21, y: 0.3, ratio: 0.4 } }, known),
    ).toBeNull();
  });

  it('says what a view holds, and drops a part of it', () => {
    const state = {
      paper: 'a',
      hide: [1, 2],
      hideTopics: [5],
      kw: ['sparse attention', 'pruning'],
      q: 'lottery',
      cam: { x: 0.1, y: 0.2, ratio: 0.3 },
    };
    const parts = viewParts(state, (k) => (k === 'a' ? 'A paper' : undefined));
    expect(parts.map((p) => p.text)).toEqual([
      'Paper: A paper',
      '2 clusters hidden',
      '1 sub-topic hidden',
      'Keyphrases: sparse attention, pruning',
      'Search: “lottery”',
      'Camera',
    ]);
    expect(viewParts({ ...state, paper: 'gone' }, () => undefined)[0]!.text).toBe('Paper: gone');
    expect(dropPart(state, 'q')).toEqual({ ...state, q: '' });
    expect(dropPart(state, 'hideTopics')).not.toHaveProperty('hideTopics');
    expect(dropPart(state, 'cam').cam).toBeNull();
    expect(dropPart(state, 'paper').paper).toBeNull();
    expect(state.q).toBe('lottery');
    const none = { paper: null, hide: [], kw: [], q: '', cam: null };
    expect(viewParts(none, () => undefined)).toEqual([]);
  });

  it("names the download after the map's title", () => {
    expect(tourFileName('Sparsity and optimisation: 47 papers')).toBe(
      'sparsity-and-optimisation-47-papers-tour.json',
    );
    expect(tourFileName('  Café « über » ')).toBe('cafe-uber-tour.json');
    expect(tourFileName('</script>')).toBe('script-tour.json');
    expect(tourFileName('…')).toBe('map-tour.json');
    expect(tourFileName('x'.repeat(100))).toBe(`${'x'.repeat(60)}-tour.json`);
  });
});

describe('views with colour, size and years (issue 9)', () => {
  const known = {
    hasPaper: () => true,
    hasCluster: () => true,
    hasTopic: () => true,
    hasField: () => true,
    yearExtent: { from: 2015, to: 2024 },
  };

  it('saves only what differs from the defaults and applies it back', () => {
    expect(savedState(INITIAL_VIEW)).not.toHaveProperty('color');
    const s = {
      ...INITIAL_VIEW,
      color: 'year' as const,
      size: 'none' as const,
      years: { from: 2023, to: 2024 },
    };
    const saved = savedState(s);
    expect(saved).toMatchObject({ color: 'year', size: 'none', years: [2023, 2024] });
    const back = applySaved(INITIAL_VIEW, saved, known);
    expect([back.color, back.size, back.years]).toEqual(['year', 'none', { from: 2023, to: 2024 }]);
    // A view without them steps back to the whole field.
    const whole = applySaved(back, savedState(INITIAL_VIEW), known);
    expect([whole.color, whole.size, whole.years]).toEqual(['cluster', 'degree', null]);
  });

  it('says what it holds and drops each part', () => {
    const saved = savedState({ ...INITIAL_VIEW, color: 'venue', years: { from: 2023, to: 2024 } });
    const parts = viewParts(saved, () => undefined);
    expect(parts.map((p) => p.text)).toEqual(['Colour by venue', 'Years 2023–2024']);
    expect(dropPart(saved, 'years')).not.toHaveProperty('years');
    expect(dropPart(saved, 'color')).not.toHaveProperty('color');
  });
});
