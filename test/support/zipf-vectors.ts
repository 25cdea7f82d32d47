// Sparse vectors shaped like TF-IDF of abstracts, for tests of the neighbour searches without
// the NLP stage.
import { createRandom } from '../../src/core/model/random.ts';
import type { SparseVector } from '../../src/core/types.ts';

/**
 * TF-IDF-like vectors with the shape of abstracts: each paper draws most features from its
 * topic's vocabulary and some from a vocabulary all topics share, both Zipf-distributed, so a
 * few features are in a large share of the papers (long postings) and most in a few.
 */
export function zipfCorpus(n: number, seed: number): SparseVector[] {
  const random = createRandom(seed);
  const topics = 40;
  const perTopic = 150;
  const common = 2000;
  const zipf = (size: number) => {
    const cumulative: number[] = [];
    let sum = 0;
    for (let r = 1; r <= size; r++) cumulative.push((sum += 1 / r));
    return () => {
      const x = random() * sum;
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
  };
  const inTopic = zipf(perTopic);
  const shared = zipf(common);
  const counts = Array.from({ length: n }, (_, i) => {
    const c = new Map<number, number>();
    const topic = i % topics;
    for (let w = 0; w < 25; w++) {
      const f = common + topic * perTopic + inTopic();
      c.set(f, (c.get(f) ?? 0) + 1);
    }
    for (let w = 0; w < 20; w++) {
      const f = shared();
      c.set(f, (c.get(f) ?? 0) + 1);
    }
    return c;
  });
  const df = new Map<number, number>();
  for (const c of counts) for (const f of c.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  return counts.map((c) => {
    const entries = [...c]
      .map(([f, tf]) => [f, (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + df.get(f)!)) + 1)])
      .sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map((e) => e[1]));
    return { indices: entries.map((e) => e[0]), values: entries.map((e) => e[1] / norm) };
  });
}
