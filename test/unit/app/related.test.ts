import { describe, expect, it } from 'vitest';
import { relatedPapers } from '../../../src/app/state/related.ts';
import { fixtureGraph } from './fixture.ts';

describe('related papers', () => {
  const graph = fixtureGraph();

  it('lists graph neighbours, strongest link first, ties by title', () => {
    const related = relatedPapers(graph, 'a');
    expect(related.map((r) => [r.key, r.weight])).toEqual([
      ['c', 0.7],
      ['e', 0.5], // "Adaptive learning rates" before "Structured pruning"
      ['b', 0.5],
    ]);
    expect(related[0]).toMatchObject({
      title: 'Sparse networks at scale',
      cluster: 0,
      shared: ['sparse networks'],
    });
  });

  it('works from either end of an edge, and for unknown papers', () => {
    expect(relatedPapers(graph, 'e').map((r) => r.key)).toEqual(['d', 'a']);
    expect(relatedPapers(graph, 'nope')).toEqual([]);
  });
});
