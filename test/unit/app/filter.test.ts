import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterCounts,
  isPaperVisible,
  listedPapers,
  matchingPapers,
  type Hidden,
} from '../../../src/app/state/filter.ts';
import Graph from 'graphology';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';
import { fixtureFile, fixtureGraph, phrasesOf } from './fixture.ts';

const index = buildMapIndex(fixtureGraph());
const phrases = phrasesOf(index);
const hide = (clusters: number[] = [], topics: number[] = []): Hidden => ({
  hiddenClusters: new Set(clusters),
  hiddenTopics: new Set(topics),
});
const nothing = hide();

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
    expect(matchingPapers(phrases, [], null)).toBeNull();
  });

  it('keeps the papers that have ALL chosen keyphrases', () => {
    expect([...matchingPapers(phrases, ['pruning'], null)!].sort()).toEqual(['a', 'b', 'e']);
    expect([...matchingPapers(phrases, ['pruning', 'sparse networks'], null)!]).toEqual(['a']);
    expect(matchingPapers(phrases, ['pruning', 'learning rates', 'scale'], null)!.size).toBe(0);
    expect(matchingPapers(phrases, ['no such keyphrase'], null)!.size).toBe(0);
  });

  it('matches papers that mention a keyphrase in their title or abstract, in any form', () => {
    // No paper lists "networks" among its keyphrases; two titles have it.
    expect(index.keyphrases.has('networks')).toBe(false);
    expect([...matchingPapers(phrases, ['networks'], null)!].sort()).toEqual(['a', 'c']);
    expect([...matchingPapers(phrases, ['sparse network'], null)!].sort()).toEqual(['a', 'c']);
    expect([...matchingPapers(phrases, ['learning-rate'], null)!].sort()).toEqual(['d', 'e']);
    const acronyms = withAcronyms();
    expect(
      [...matchingPapers(phrasesOf(acronyms), ['stochastic gradient descent'], null)!].sort(),
    ).toEqual(['d', 'e']);
    expect([...matchingPapers(phrasesOf(acronyms), ['sgd'], null)!].sort()).toEqual(['d', 'e']);
    // Word boundaries: "prune" is not in "pruning", "stochastic" is not "stochastische".
    expect([...matchingPapers(phrasesOf(acronyms), ['prune'], null)!]).toEqual(['e']);
    expect(matchingPapers(phrasesOf(acronyms), ['stochastic'], null)!.has('f')).toBe(false);
  });

  it('keeps every paper that lists a keyphrase among the matches', () => {
    for (const entry of index.keyphrases.values()) {
      const matching = matchingPapers(phrases, [entry.key], null)!;
      for (const key of entry.papers) expect(matching.has(key), entry.key).toBe(true);
    }
  });

  it('needs every chosen keyphrase, in the text as in the keyphrases', () => {
    expect([...matchingPapers(phrases, ['pruning', 'networks'], null)!]).toEqual(['a']);
    expect(matchingPapers(phrases, ['networks', 'learning rates'], null)!.size).toBe(0);
  });

  it('intersects keyphrases with the search hits', () => {
    expect([...matchingPapers(phrases, [], ['e', 'd'])!].sort()).toEqual(['d', 'e']);
    expect([...matchingPapers(phrases, ['pruning'], ['e', 'd'])!]).toEqual(['e']);
    expect(matchingPapers(phrases, [], [])!.size).toBe(0);
  });

  it('counts matching of total papers per cluster and per sub-topic', () => {
    const all = filterCounts(index, new Set(), null);
    expect(all.clusters.get(0)).toEqual({ matching: 3, total: 3 });
    expect(all.topics.get(7)).toEqual({ matching: 2, total: 2 });
    expect(all.topics.get(3)).toEqual({ matching: 1, total: 1 });
    const some = filterCounts(index, new Set(), matchingPapers(phrases, ['pruning'], null));
    expect(some.clusters.get(0)).toEqual({ matching: 2, total: 3 });
    expect(some.clusters.get(1)).toEqual({ matching: 1, total: 2 });
    expect(some.clusters.get(2)).toEqual({ matching: 0, total: 1 });
    expect(some.topics.get(7)).toEqual({ matching: 1, total: 2 });
    expect(some.topics.get(3)).toEqual({ matching: 1, total: 1 });
  });

  it('leaves a hidden sub-topic out of its cluster’s count, not out of its own', () => {
    const counts = filterCounts(index, new Set([7]), null);
    expect(counts.clusters.get(0)).toEqual({ matching: 1, total: 3 });
    expect(counts.topics.get(7)).toEqual({ matching: 2, total: 2 });
    expect(counts.clusters.get(1)).toEqual({ matching: 2, total: 2 });
  });

  it('counts in the legend what the list shows, both from the matching papers', () => {
    const acronyms = withAcronyms();
    for (const keywords of [['sgd'], ['networks'], ['pruning'], ['pruning', 'networks'], ['x']]) {
      const matching = matchingPapers(phrasesOf(acronyms), keywords, null);
      const counts = filterCounts(acronyms, new Set(), matching);
      const listed = listedPapers(acronyms, nothing, matching);
      for (const c of acronyms.clusters) {
        const g = listed.find((x) => x.cluster === c.id);
        const group = g ? [...g.papers, ...g.topics.flatMap((t) => t.papers)] : [];
        expect(group.length, `${keywords.join('+')} in cluster ${c.id}`).toBe(
          counts.clusters.get(c.id)!.matching,
        );
        for (const key of group) expect(matching!.has(key)).toBe(true);
      }
    }
  });

  it('hides the papers of hidden clusters and of hidden sub-topics', () => {
    expect(isPaperVisible(index, hide([1]), 'd')).toBe(false);
    expect(isPaperVisible(index, hide([1]), 'a')).toBe(true);
    expect(isPaperVisible(index, nothing, 'unknown')).toBe(false);
    expect(isPaperVisible(index, hide([], [7]), 'a')).toBe(false);
    expect(isPaperVisible(index, hide([], [7]), 'b')).toBe(true);
    expect(isPaperVisible(index, hide([], [7]), 'd')).toBe(true);
  });

  it('lists visible matching papers by cluster, then by sub-topic, sorted by title', () => {
    expect(listedPapers(index, nothing, null)).toEqual([
      {
        cluster: 0,
        papers: [],
        topics: [
          { topic: 7, papers: ['a', 'c'] },
          { topic: 3, papers: ['b'] },
        ],
      },
      { cluster: 1, papers: ['e', 'd'], topics: [] },
      { cluster: 2, papers: ['f'], topics: [] },
    ]);
    const matching = matchingPapers(phrases, ['pruning'], null);
    expect(listedPapers(index, hide([1]), matching)).toEqual([
      {
        cluster: 0,
        papers: [],
        topics: [
          { topic: 7, papers: ['a'] },
          { topic: 3, papers: ['b'] },
        ],
      },
    ]);
    expect(listedPapers(index, hide([2], [7]), null)).toEqual([
      { cluster: 0, papers: [], topics: [{ topic: 3, papers: ['b'] }] },
      { cluster: 1, papers: ['e', 'd'], topics: [] },
    ]);
  });

  it('lists a paper without a sub-topic directly under its cluster, even beside topics', () => {
    const file = fixtureFile();
    file.nodes.find((n) => n.key === 'c')!.attributes.topic = null;
    const mixed = buildMapIndex(Graph.from(file) as PaperGraph);
    const [first] = listedPapers(mixed, hide([], [7]), null);
    expect(first).toEqual({ cluster: 0, papers: ['c'], topics: [{ topic: 3, papers: ['b'] }] });
    expect(filterCounts(mixed, new Set([7]), null).clusters.get(0)).toEqual({
      matching: 2,
      total: 3,
    });
  });

  it('lists exactly as many papers as the counts say (property)', () => {
    const ids = { clusters: [0, 1, 2], topics: [7, 3] };
    const subset = <T>(xs: T[]) => fc.subarray(xs);
    fc.assert(
      fc.property(
        subset(ids.clusters),
        subset(ids.topics),
        fc.option(subset(['a', 'b', 'c', 'd', 'e', 'f']), { nil: null }),
        (clusters, topics, match) => {
          const hidden = hide(clusters, topics);
          const matching = match && new Set(match);
          const counts = filterCounts(index, hidden.hiddenTopics, matching);
          const listed = listedPapers(index, hidden, matching);
          for (const c of index.clusters) {
            const group = listed.find((g) => g.cluster === c.id);
            const n = group
              ? group.papers.length + group.topics.reduce((k, t) => k + t.papers.length, 0)
              : 0;
            expect(n).toBe(clusters.includes(c.id) ? 0 : counts.clusters.get(c.id)!.matching);
            for (const t of group?.topics ?? [])
              expect(t.papers.length).toBe(counts.topics.get(t.topic)!.matching);
          }
          // Every listed paper is visible, and every visible matching paper is listed.
          const all = listed.flatMap((g) => [...g.papers, ...g.topics.flatMap((t) => t.papers)]);
          const expected = [...index.clusterOf.keys()].filter(
            (k) => isPaperVisible(index, hidden, k) && (!matching || matching.has(k)),
          );
          expect(all.sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});
