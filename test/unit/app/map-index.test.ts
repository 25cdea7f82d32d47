import { describe, expect, it } from 'vitest';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { fixtureGraph } from './fixture.ts';

describe('map index', () => {
  const index = buildMapIndex(fixtureGraph());

  it('knows each paper’s cluster, neighbours and each cluster’s members by title', () => {
    expect(index.clusterOf.get('d')).toBe(1);
    expect([...index.neighbours.get('a')!].sort()).toEqual(['b', 'c', 'e']);
    expect(index.members.get(0)).toEqual(['a', 'c', 'b']);
    expect(index.nodeCount).toBe(6);
    expect(index.edgeCount).toBe(5);
  });

  it('places each cluster title at its centroid', () => {
    expect(index.centroids.get(0)).toEqual({ x: 1 / 3, y: 1 / 3 });
    expect(index.centroids.get(1)).toEqual({ x: 10.5, y: 10 });
  });

  it('knows each paper’s sub-topic, each topic’s members, centroid and cluster', () => {
    expect(index.topicOf.get('a')).toBe(7);
    expect(index.topicOf.get('d')).toBeNull();
    expect(index.topicMembers.get(7)).toEqual(['a', 'c']);
    expect(index.topicsOf.get(0)!.map((t) => t.id)).toEqual([7, 3]);
    expect(index.topicsOf.get(1)).toEqual([]);
    expect(index.topicById.get(3)!.label).toBe('structured pruning');
    expect(index.topicCentroids.get(7)).toEqual({ x: 0, y: 0.5 });
    expect(index.topicCentroids.has(3)).toBe(true);
  });

  it('indexes keyphrases across papers, normalised', () => {
    expect([...index.keyphrases.get('pruning')!.papers].sort()).toEqual(['a', 'b', 'e']);
    expect(index.keyphrases.get('経済')!.papers.has('f')).toBe(true);
  });

  it('keeps each paper’s text for the phrase index', () => {
    const a = index.texts.find((t) => t.key === 'a')!;
    expect(a.title).toBe('Pruning large networks');
    expect(a.keywords).toContain('pruning');
    expect(index.texts).toHaveLength(6);
  });
});
