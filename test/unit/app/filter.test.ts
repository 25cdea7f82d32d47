import { describe, expect, it } from 'vitest';
import {
  clusterCounts,
  isPaperVisible,
  listedPapers,
  matchingPapers,
} from '../../../src/app/state/filter.ts';
import Graph from 'graphology';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureFile, fixtureGraph } from './fixture.ts';

const index = buildMapIndex(fixtureGraph());

/** The fixture with abstracts that use an acronym the map defines. */
function withAcronyms() {
  const file = fixtureFile();
  const abstracts: Record<string, string> = {
    d: 'Stochastic gradient descent (SGD) with momentum. We study learning rates.',
    e: 'SGD needs adaptive learning rates; we prune less.',
    f: 'Wir untersuchen stochastische Modelle.',
  };
  for (const n of file.nodes) n.attributes.abstract = abstracts[n.key] ?? n.attributes.abstract;
  return buildMapIndex(Graph.from(file) as PaperGraph);
}

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

  it('matches papers that mention a keyphrase in their title or abstract, in any form', () => {
    // No paper lists "networks" among its keyphrases; two titles have it.
    expect(index.keyphrases.has('networks')).toBe(false);
    expect([...matchingPapers(index, ['networks'], null)!].sort()).toEqual(['a', 'c']);
    expect([...matchingPapers(index, ['sparse network'], null)!].sort()).toEqual(['a', 'c']);
    expect([...matchingPapers(index, ['learning-rate'], null)!].sort()).toEqual(['d', 'e']);
    const acronyms = withAcronyms();
    expect([...matchingPapers(acronyms, ['stochastic gradient descent'], null)!].sort()).toEqual([
      'd',
      'e',
    ]);
    expect([...matchingPapers(acronyms, ['sgd'], null)!].sort()).toEqual(['d', 'e']);
    // Word boundaries: "prune" is not in "pruning", "stochastic" is not "stochastische".
    expect([...matchingPapers(acronyms, ['prune'], null)!]).toEqual(['e']);
    expect(matchingPapers(acronyms, ['stochastic'], null)!.has('f')).toBe(false);
  });

  it('keeps every paper that lists a keyphrase among the matches', () => {
    for (const entry of index.keyphrases.values()) {
      const matching = matchingPapers(index, [entry.key], null)!;
      for (const key of entry.papers) expect(matching.has(key), entry.key).toBe(true);
    }
  });

  it('needs every chosen keyphrase, in the text as in the keyphrases', () => {
    expect([...matchingPapers(index, ['pruning', 'networks'], null)!]).toEqual(['a']);
    expect(matchingPapers(index, ['networks', 'learning rates'], null)!.size).toBe(0);
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

  it('counts in the legend what the list shows, both from the matching papers', () => {
    const acronyms = withAcronyms();
    for (const keywords of [['sgd'], ['networks'], ['pruning'], ['pruning', 'networks'], ['x']]) {
      const matching = matchingPapers(acronyms, keywords, null);
      const counts = clusterCounts(acronyms, matching);
      const listed = listedPapers(acronyms, new Set(), matching);
      for (const c of acronyms.clusters) {
        const group = listed.find((g) => g.cluster === c.id)?.papers ?? [];
        expect(group.length, `${keywords.join('+')} in cluster ${c.id}`).toBe(
          counts.get(c.id)!.matching,
        );
        for (const key of group) expect(matching!.has(key)).toBe(true);
      }
    }
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
