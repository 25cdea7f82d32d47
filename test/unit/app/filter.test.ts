import { describe, expect, it } from 'vitest';
import {
  clusterCounts,
  isPaperVisible,
  listedPapers,
  matchingPapers,
} from '../../../src/app/state/filter.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { fixtureGraph } from './fixture.ts';

const index = buildMapIndex(fixtureGraph());

describe('filters', () => {
  it('singles out nothing when no filter is on', () => {
    expect(matchingPapers(index, [], null)).toBeNull();
  });

  it('keeps the papers that have ALL chosen keyphrases', () => {
    expect([...matchingPapers(index, ['pruning'], null)!].sort()).toEqual(['a', 'b', 'e']);
    expect([...matchingPapers(index, ['pruning', 'sparse networks'], null)!]).toEqual(['a']);
    expect(matchingPapers(index, ['pruning', 'learning rates', 'scale'], null)!.size).toBe(0);
    expect(matchingPapers(index, ['no such keyphrase'], null)!.size).toBe(0);
  });

  it('intersects keyphrases with the search hits', () => {
    expect([...matchingPapers(index, [], ['e', 'd'])!].sort()).toEqual(['d', 'e']);
    expect([...matchingPapers(index, ['pruning'], ['e', 'd'])!]).toEqual(['e']);
    expect(matchingPapers(index, [], [])!.size).toBe(0);
  });

  it('counts matching of total papers per cluster', () => {
    const all = clusterCounts(index, null);
    expect(all.get(0)).toEqual({ matching: 3, total: 3 });
    const some = clusterCounts(index, matchingPapers(index, ['pruning'], null));
    expect(some.get(0)).toEqual({ matching: 2, total: 3 });
    expect(some.get(1)).toEqual({ matching: 1, total: 2 });
    expect(some.get(2)).toEqual({ matching: 0, total: 1 });
  });

  it('hides the papers of hidden clusters', () => {
    expect(isPaperVisible(index, new Set([1]), 'd')).toBe(false);
    expect(isPaperVisible(index, new Set([1]), 'a')).toBe(true);
    expect(isPaperVisible(index, new Set(), 'unknown')).toBe(false);
  });

  it('lists visible matching papers grouped by cluster, sorted by title', () => {
    expect(listedPapers(index, new Set(), null)).toEqual([
      { cluster: 0, papers: ['a', 'c', 'b'] },
      { cluster: 1, papers: ['e', 'd'] },
      { cluster: 2, papers: ['f'] },
    ]);
    const matching = matchingPapers(index, ['pruning'], null);
    expect(listedPapers(index, new Set([1]), matching)).toEqual([
      { cluster: 0, papers: ['a', 'b'] },
    ]);
  });
});
