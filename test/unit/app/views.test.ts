import { describe, expect, it } from 'vitest';
import type { GraphFile, SavedView } from '../../../src/core/graph-file.ts';
import type { ViewState } from '../../../src/app/state/types.ts';
import {
  applySaved,
  fileWithViews,
  moveView,
  newViewId,
  savedState,
  tourParam,
} from '../../../src/app/state/views.ts';
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
});
