import { describe, expect, it } from 'vitest';
import {
  addKeyword,
  INITIAL_VIEW,
  removeKeyword,
  roundCamera,
  sameUrlState,
  selectPaper,
  setCamera,
  showAllClusters,
  showOnlyCluster,
  showOnlyTopic,
  toggleCluster,
  toggleTopic,
} from '../../../src/app/state/view-state.ts';

describe('view state updates', () => {
  it('never mutates: each change returns a new state with new sets', () => {
    const s0 = INITIAL_VIEW;
    const s1 = toggleCluster(s0, 2);
    expect(s0.hiddenClusters.size).toBe(0);
    expect([...s1.hiddenClusters]).toEqual([2]);
    expect(s1.hiddenClusters).not.toBe(s0.hiddenClusters);
    const s2 = toggleCluster(s1, 2);
    expect(s2.hiddenClusters.size).toBe(0);
    expect(s1.hiddenClusters.has(2)).toBe(true);
  });

  it('returns the same state when nothing changes', () => {
    const s = selectPaper(INITIAL_VIEW, 'a');
    expect(selectPaper(s, 'a')).toBe(s);
    expect(showAllClusters(s)).toBe(s);
    expect(addKeyword(addKeyword(s, 'x'), 'X')).toEqual(addKeyword(s, 'x'));
  });

  it('selecting a paper of a hidden cluster shows the cluster', () => {
    const hidden = showOnlyCluster(INITIAL_VIEW, 0, [0, 1, 2]);
    expect([...hidden.hiddenClusters].sort()).toEqual([1, 2]);
    const s = selectPaper(hidden, 'd', 1);
    expect(s.selected).toBe('d');
    expect([...s.hiddenClusters]).toEqual([2]);
  });

  it('selecting a paper of a hidden sub-topic shows the sub-topic', () => {
    const s0 = { ...INITIAL_VIEW, hiddenTopics: new Set([7, 3]) };
    const s = selectPaper(s0, 'a', 0, 7);
    expect([...s.hiddenTopics]).toEqual([3]);
    expect(s0.hiddenTopics.size).toBe(2);
    expect(selectPaper(s, 'a', 0, 7)).toBe(s);
    expect(selectPaper(s, 'd', 1, null).hiddenTopics).toBe(s.hiddenTopics);
  });

  describe('sub-topics', () => {
    const t7 = { id: 7, cluster: 0, siblings: [7, 3, 9] };
    const t3 = { ...t7, id: 3 };
    const t9 = { ...t7, id: 9 };

    it('hide and show a sub-topic without touching its cluster', () => {
      const s1 = toggleTopic(INITIAL_VIEW, t7);
      expect([...s1.hiddenTopics]).toEqual([7]);
      expect(s1.hiddenClusters.size).toBe(0);
      expect(INITIAL_VIEW.hiddenTopics.size).toBe(0);
      const s2 = toggleTopic(s1, t7);
      expect(s2.hiddenTopics.size).toBe(0);
      expect(s1.hiddenTopics.has(7)).toBe(true);
    });

    it('hiding the last shown sub-topic hides the cluster, and showing it shows them all', () => {
      const s = toggleTopic(toggleTopic(toggleTopic(INITIAL_VIEW, t7), t3), t9);
      expect([...s.hiddenClusters]).toEqual([0]);
      expect(s.hiddenTopics.size).toBe(0);
      expect(toggleCluster(s, 0).hiddenTopics.size).toBe(0);
    });

    it('showing a sub-topic of a hidden cluster shows the cluster with just that topic', () => {
      const s = toggleTopic(toggleCluster(INITIAL_VIEW, 0), t3);
      expect(s.hiddenClusters.size).toBe(0);
      expect([...s.hiddenTopics].sort()).toEqual([7, 9]);
    });

    it('"show only" a sub-topic hides the other clusters and the other topics of its own', () => {
      const before = { ...INITIAL_VIEW, hiddenTopics: new Set([3, 42]) };
      const s = showOnlyTopic(before, t3, [0, 1, 2]);
      expect([...s.hiddenClusters].sort()).toEqual([1, 2]);
      expect([...s.hiddenTopics].sort((a, b) => a - b)).toEqual([7, 9, 42]);
      expect(before.hiddenTopics.size).toBe(2);
    });

    it('"show only" a cluster shows it whole; "show all" shows every topic', () => {
      const before = { ...INITIAL_VIEW, hiddenTopics: new Set([3, 42]) };
      const s = showOnlyCluster(before, 0, [0, 1, 2], [7, 3, 9]);
      expect([...s.hiddenTopics]).toEqual([42]);
      expect(showAllClusters(s).hiddenTopics.size).toBe(0);
      expect(showAllClusters(s).hiddenClusters.size).toBe(0);
    });
  });

  it('normalises keyphrases and keeps their order', () => {
    let s = addKeyword(INITIAL_VIEW, '  Sparse   Networks ');
    s = addKeyword(s, 'Ökonomie');
    s = addKeyword(s, 'sparse networks');
    expect(s.keywords).toEqual(['sparse networks', 'ökonomie']);
    expect(removeKeyword(s, 'SPARSE NETWORKS').keywords).toEqual(['ökonomie']);
  });

  it('treats cameras equal after rounding', () => {
    const s = setCamera(INITIAL_VIEW, { x: 0.5, y: 0.5, ratio: 1 });
    expect(setCamera(s, { x: 0.500001, y: 0.5, ratio: 1 })).toBe(s);
    expect(roundCamera({ x: 0.123456, y: 0.98765, ratio: 0.33333 })).toEqual({
      x: 0.1235,
      y: 0.9877,
      ratio: 0.3333,
    });
  });

  it('compares what the URL records, ignoring the hovered paper', () => {
    const a = selectPaper(INITIAL_VIEW, 'a');
    expect(sameUrlState(a, { ...a, hovered: 'b' })).toBe(true);
    expect(sameUrlState(a, toggleCluster(a, 1))).toBe(false);
    expect(sameUrlState(a, { ...a, hiddenClusters: new Set() })).toBe(true);
    expect(sameUrlState(a, { ...a, hiddenTopics: new Set([7]) })).toBe(false);
    expect(sameUrlState(a, { ...a, hiddenTopics: new Set() })).toBe(true);
  });
});

describe('a selection outside the year range (issue 9)', () => {
  const ranged = { ...INITIAL_VIEW, years: { from: 2020, to: 2022 } };
  it('widens the range to the paper’s year, or drops it for a paper without one', () => {
    expect(selectPaper(ranged, 'a', 0, null, 2018).years).toEqual({ from: 2018, to: 2022 });
    expect(selectPaper(ranged, 'a', 0, null, 2021).years).toBe(ranged.years);
    expect(selectPaper(ranged, 'a', 0, null, null).years).toBeNull();
    // A map click passes no year: the paper is on the map, so in the range.
    expect(selectPaper(ranged, 'a', 0, null).years).toBe(ranged.years);
  });
});
