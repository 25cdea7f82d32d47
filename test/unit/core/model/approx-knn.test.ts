import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_SEARCH_FROM,
  approximateNeighbours,
  equalRowRanges,
  packVectors,
  sparseSearchFor,
} from '../../../../src/core/model/approx-knn.ts';
import { mergeNeighbourRows, nearestNeighbours } from '../../../../src/core/model/knn-kernel.ts';
import { zipfCorpus } from '../../../support/zipf-vectors.ts';

function recall(n: number, k: number, exact: Int32Array, found: Int32Array): number {
  let hit = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const mine = new Set(found.subarray(i * k, (i + 1) * k));
    for (let r = 0; r < k; r++) {
      const j = exact[i * k + r];
      if (j < 0) break;
      total++;
      if (mine.has(j)) hit++;
    }
  }
  return hit / total;
}

describe('approximateNeighbours', () => {
  const n = 2000;
  const k = 15;
  const vectors = zipfCorpus(n, 3);
  const exact = nearestNeighbours(vectors, k);

  it('finds at least 95% of the exact neighbours with a budget far below the postings', () => {
    const packed = packVectors(vectors);
    // The fixture's shared features are in up to ~40% of the papers: a budget of 300 postings
    // leaves most of them unwalked, as the default budget does on 100k abstracts.
    const found = approximateNeighbours(packed, k, { budget: 300, candidates: 50 });
    const r = recall(n, k, exact.neighbours, found.neighbours);
    expect(r).toBeGreaterThanOrEqual(0.95);
    // Candidates are scored exactly: a found neighbour's score is its cosine.
    for (let r = 0; r < k; r++) {
      const j = found.neighbours[r];
      let cosine = 0;
      vectors[0].indices.forEach((f, e) => {
        const at = vectors[j].indices.indexOf(f);
        if (at >= 0) cosine += vectors[0].values[e] * vectors[j].values[at];
      });
      expect(found.scores[r]).toBeCloseTo(cosine, 12);
    }
  });

  it('is the exact search when the budget and the candidates cover everything', () => {
    const found = approximateNeighbours(packVectors(vectors), k, {
      budget: Infinity,
      candidates: n,
    });
    expect(found.neighbours).toEqual(exact.neighbours);
  });

  it('gives the same lists split into row ranges (workers) as in one call', () => {
    const packed = packVectors(vectors);
    const search = { budget: 300, candidates: 50 };
    const whole = approximateNeighbours(packed, k, search);
    const parts = equalRowRanges(n, 3).map(([a, b]) =>
      approximateNeighbours(packed, k, search, a, b),
    );
    const merged = mergeNeighbourRows(parts);
    expect(merged.neighbours).toEqual(whole.neighbours);
    expect(merged.scores).toEqual(whole.scores);
  });

  it('leaves small corpora to the exact search', () => {
    expect(sparseSearchFor(APPROXIMATE_SEARCH_FROM - 1)).toBeNull();
    expect(sparseSearchFor(APPROXIMATE_SEARCH_FROM)).not.toBeNull();
    expect(equalRowRanges(10, 3)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
  });
});
