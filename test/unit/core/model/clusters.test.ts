import { describe, expect, it } from 'vitest';
import { normalizedMutualInformation } from '../../../../src/core/eval/clustering.ts';
import {
  clusterCountRange,
  largestShare,
  pickClusterCount,
} from '../../../../src/core/model/cluster-count.ts';
import { clusterPapers, renumberClusters } from '../../../../src/core/model/clusters.ts';
import { buildNeighbourGraph } from '../../../../src/core/model/neighbours.ts';
import { buildVectors } from '../../../../src/core/model/vectors.ts';
import { syntheticCorpus } from './synthetic.ts';

const { docs, keyphrases, groups } = syntheticCorpus(4, 15);
const space = buildVectors(docs, keyphrases);
const edges = buildNeighbourGraph(space.vectors, space.features, 8);

describe('clusterPapers', () => {
  it('finds the number of obvious groups by itself and recovers them', async () => {
    const c = await clusterPapers(space.vectors, { k: 'auto', seed: 42, neighbours: edges });
    expect(c.k).toBe(4);
    expect(normalizedMutualInformation(groups, c.assignments)).toBeGreaterThan(0.99);
  });

  it('recovers the groups for a given k, with or without the neighbour graph', async () => {
    const c = await clusterPapers(space.vectors, { k: 4, seed: 1 });
    expect(normalizedMutualInformation(groups, c.assignments)).toBeGreaterThan(0.99);
  });

  it('is deterministic for a seed', async () => {
    const a = await clusterPapers(space.vectors, { k: 'auto', seed: 7, neighbours: edges });
    const b = await clusterPapers(space.vectors, { k: 'auto', seed: 7, neighbours: edges });
    expect(a).toEqual(b);
  });

  it('numbers clusters by size, largest first', async () => {
    const c = await clusterPapers(space.vectors, { k: 6, seed: 3 });
    const sizes = Array.from(
      { length: c.k },
      (_, id) => c.assignments.filter((a) => a === id).length,
    );
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
    expect(sizes.every((s) => s > 0)).toBe(true);
  });

  it('clusters dense embeddings as given', async () => {
    const points = [
      [1, 0],
      [0.99, 0.1],
      [0, 1],
      [0.1, 0.99],
      [1, 0.05],
      [0.05, 1],
    ];
    const c = await clusterPapers(points, { k: 2, seed: 1 });
    expect(c.assignments).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it('copes with tiny and degenerate inputs', async () => {
    expect(await clusterPapers([], { seed: 1 })).toEqual({ assignments: [], k: 0 });
    expect(await clusterPapers([[1, 0]], { k: 'auto', seed: 1 })).toEqual({
      assignments: [0],
      k: 1,
    });
    // Three identical points cannot make three clusters.
    expect(
      await clusterPapers(
        [
          [1, 0],
          [1, 0],
          [1, 0],
        ],
        { k: 3, seed: 1 },
      ),
    ).toEqual({ assignments: [0, 0, 0], k: 1 });
    await expect(clusterPapers(space.vectors, { k: 0, seed: 1 })).rejects.toThrow(
      /papermap clusters/,
    );
  });
});

describe('renumberClusters', () => {
  it('orders ids by size, then by first member', () => {
    expect(renumberClusters([5, 2, 2, 9, 5, 2])).toEqual({ assignments: [1, 0, 0, 2, 1, 0], k: 3 });
    expect(renumberClusters([3, 1, 1, 3])).toEqual({ assignments: [0, 1, 1, 0], k: 2 });
  });
});

describe('clusterCountRange', () => {
  it('scales with the corpus and stays readable', () => {
    expect(clusterCountRange(47)).toEqual([2, 9]);
    expect(clusterCountRange(1000)[1]).toBe(20);
    expect(clusterCountRange(10000)[1]).toBe(20);
    expect(clusterCountRange(3)).toEqual([2, 4]);
  });
});

describe('pickClusterCount', () => {
  const score = (k: number, s: number, largestShare: number) => ({ k, score: s, largestShare });

  it('takes the most modular k whose largest cluster is no catch-all', () => {
    const scores = [
      score(3, 0.4, 0.5),
      score(4, 0.44, 0.45),
      score(5, 0.4, 0.26),
      score(6, 0.38, 0.2),
    ];
    expect(pickClusterCount(scores)).toBe(5);
    expect(pickClusterCount(scores, 0.5)).toBe(4);
  });

  it('falls back to the most modular k when every k has a catch-all, and prefers the smaller on a tie', () => {
    expect(pickClusterCount([score(2, 0.3, 0.6), score(3, 0.35, 0.5)])).toBe(3);
    expect(pickClusterCount([score(2, 0.3, 0.2), score(3, 0.3, 0.2)])).toBe(2);
  });

  it('measures the largest share', () => {
    expect(largestShare([0, 0, 1, 2], 3)).toBe(0.5);
  });
});

describe("clusterPapers with k = 'auto' on a small corpus", () => {
  it('keeps every cluster under 40% of the papers when the groups allow it', async () => {
    // Two big groups and two small: a 2-way cut is modular but leaves a catch-all.
    const corpus = syntheticCorpus(4, 12);
    const s = buildVectors(corpus.docs, corpus.keyphrases);
    const e = buildNeighbourGraph(s.vectors, s.features, 8);
    const c = await clusterPapers(s.vectors, { k: 'auto', seed: 3, neighbours: e });
    expect(largestShare(c.assignments, c.k)).toBeLessThan(0.4);
    expect(c).toEqual(await clusterPapers(s.vectors, { k: 'auto', seed: 3, neighbours: e }));
  });
});
