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
  toggleCluster,
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
  });
});
