import { describe, expect, it } from 'vitest';
import {
  balancedRowRanges,
  mergeNeighbourRows,
  nearestNeighbours,
} from '../../../../src/core/model/knn-kernel.ts';
import { buildNeighbourGraph, neighbourEdges } from '../../../../src/core/model/neighbours.ts';
import { abbreviates } from '../../../../src/core/model/shared-terms.ts';
import { buildVectors, sparseDot } from '../../../../src/core/model/vectors.ts';
import type { SparseVector } from '../../../../src/core/types.ts';
import { syntheticCorpus } from './synthetic.ts';

const { docs, keyphrases } = syntheticCorpus(4, 15);
const space = buildVectors(docs, keyphrases);
const K = 5;
const edges = buildNeighbourGraph(space.vectors, space.features, K);

/** Brute-force top-k by cosine, ties to the lower index. */
function bruteForce(vectors: SparseVector[], k: number): number[][] {
  return vectors.map((v, i) =>
    vectors
      .map((w, j) => ({ j, s: j === i ? 0 : sparseDot(v, w) }))
      .filter((e) => e.s > 0)
      .sort((a, b) => b.s - a.s || a.j - b.j)
      .slice(0, k)
      .map((e) => e.j),
  );
}

describe('buildNeighbourGraph', () => {
  it('links every paper to its k nearest papers, and no more than k plus those choosing it', () => {
    const expected = bruteForce(space.vectors, K);
    const linked = space.vectors.map(() => new Set<number>());
    for (const e of edges) {
      linked[e.source].add(e.target);
      linked[e.target].add(e.source);
    }
    expected.forEach((list, i) => {
      for (const j of list) expect(linked[i].has(j)).toBe(true);
      const choosers = expected.filter((l, j) => j !== i && l.includes(i)).length;
      expect(linked[i].size).toBeLessThanOrEqual(K + choosers);
    });
  });

  it('has no self-loops or duplicates, source < target, sorted, weights in (0, 1]', () => {
    const keys = edges.map((e) => `${e.source}-${e.target}`);
    expect(new Set(keys).size).toBe(edges.length);
    for (const e of edges) {
      expect(e.source).toBeLessThan(e.target);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      expect(e.weight).toBeCloseTo(sparseDot(space.vectors[e.source], space.vectors[e.target]), 4);
    }
    const sorted = [...edges].sort((a, b) => a.source - b.source || a.target - b.target);
    expect(edges).toEqual(sorted);
  });

  it('explains each link with terms both papers really have', () => {
    for (const e of edges) {
      expect(e.shared.length).toBeGreaterThan(0);
      expect(e.shared.length).toBeLessThanOrEqual(5);
      for (const term of e.shared) {
        const f = space.features.indexOf(term);
        expect(space.vectors[e.source].indices).toContain(f);
        expect(space.vectors[e.target].indices).toContain(f);
      }
    }
  });

  it('does not link papers with nothing in common', () => {
    const a = { indices: [0, 1], values: [0.6, 0.8] };
    const b = { indices: [1], values: [1] };
    const c = { indices: [2], values: [1] };
    const g = buildNeighbourGraph([a, b, c], ['x', 'y', 'z'], 2);
    expect(g.map((e) => [e.source, e.target])).toEqual([[0, 1]]);
  });

  it('names a shared keyphrase instead of its own words', () => {
    const features = [
      'autoencoder',
      'sparse',
      'sparse autoencoders',
      'interpretability',
      'feature',
    ];
    const v = (w: number[]): SparseVector => {
      const norm = Math.hypot(...w);
      return { indices: w.map((_, i) => i), values: w.map((x) => x / norm) };
    };
    const g = buildNeighbourGraph([v([3, 2, 4, 1, 1]), v([3, 2, 4, 2, 1])], features, 1);
    expect(g[0].shared).toEqual(['sparse autoencoders', 'interpretability', 'feature']);
  });

  it('lists shared phrases before single words, and never a word of a listed phrase', () => {
    const features = ['gradient', 'sparse attention', 'attention', 'kv cache', 'token', 'cache'];
    const v = (w: number[]): SparseVector => {
      const norm = Math.hypot(...w);
      return { indices: w.map((_, i) => i), values: w.map((x) => x / norm) };
    };
    // "gradient" adds most to the cosine, but the phrases name the shared topic.
    const g = buildNeighbourGraph([v([9, 2, 3, 1, 3, 3]), v([9, 2, 3, 1, 3, 3])], features, 1);
    expect(g[0].shared).toEqual(['sparse attention', 'kv cache', 'gradient', 'token']);
  });

  it('does not list an acronym after the phrase it stands for', () => {
    const features = ['sparse autoencoders', 'SAE', 'LLM', 'feature'];
    const v = (w: number[]): SparseVector => {
      const norm = Math.hypot(...w);
      return { indices: w.map((_, i) => i), values: w.map((x) => x / norm) };
    };
    const g = buildNeighbourGraph([v([3, 3, 2, 2]), v([3, 3, 2, 2])], features, 1);
    expect(g[0].shared).toEqual(['sparse autoencoders', 'LLM', 'feature']);
    expect(abbreviates('LLMs', 'large language models')).toBe(true);
    expect(abbreviates('MoE', 'mixture of experts')).toBe(true);
    expect(abbreviates('LoRA', 'low-rank adaptation')).toBe(true);
    expect(abbreviates('LLM', 'sparse attention')).toBe(false);
    expect(abbreviates('sae', 'sparse autoencoders')).toBe(false);
  });

  it('lists only explainable features when told which are', () => {
    const explainable = space.features.map((f) => f !== 'model');
    const g = buildNeighbourGraph(space.vectors, space.features, K, { explainable });
    expect(g.some((e) => e.shared.includes('model'))).toBe(false);
  });

  it('gives the same graph when the kernel runs in row ranges (workers) and is merged', () => {
    const n = space.vectors.length;
    const ranges = balancedRowRanges(space.vectors, 3);
    expect(ranges[0][0]).toBe(0);
    expect(ranges[ranges.length - 1][1]).toBe(n);
    const parts = ranges.map(([a, b]) => nearestNeighbours(space.vectors, K, a, b));
    expect(neighbourEdges(space.vectors, space.features, parts)).toEqual(edges);
    const whole = nearestNeighbours(space.vectors, K);
    expect(Array.from(mergeNeighbourRows(parts).neighbours)).toEqual(Array.from(whole.neighbours));
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => buildNeighbourGraph(space.vectors, space.features, 0)).toThrow(
      /papermap neighbours/,
    );
  });
});

describe('neighbourEdges with explained links', () => {
  it('passes over a candidate that shares no explainable term for the next one', () => {
    const v = (indices: number[]): SparseVector => ({
      indices,
      values: indices.map(() => 1 / Math.sqrt(indices.length)),
    });
    // Feature 0 is a vague word; 1 and 2 explain. Paper 0's best candidate (1) shares only 0.
    const vectors = [v([0, 1]), v([0]), v([1]), v([2])];
    const rows = {
      k: 2,
      neighbours: Int32Array.from([1, 2, 0, -1, 0, -1, -1, -1]),
      scores: Float64Array.from([0.9, 0.5, 0.9, 0, 0.5, 0, 0, 0]),
    };
    const options = { explainable: [false, true, true], keep: 1 };
    const plain = neighbourEdges(vectors, ['approach', 'pruning', 'x'], [rows], options);
    expect(plain.map((e) => [e.source, e.target])).toEqual([
      [0, 1],
      [0, 2],
    ]);
    const explained = neighbourEdges(vectors, ['approach', 'pruning', 'x'], [rows], {
      ...options,
      explained: true,
    });
    expect(explained.map((e) => [e.source, e.target, e.shared])).toEqual([[0, 2, ['pruning']]]);
  });
});
