import { describe, expect, it } from 'vitest';
import { computeLayout, separateExactly } from '../../../../src/core/model/layout.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

/** Three planted communities: dense inside, a few links between. */
function plantedGraph(perGroup: number, seed = 1) {
  const random = createRandom(seed);
  const n = perGroup * 3;
  const assignments = Array.from({ length: n }, (_, i) => i % 3);
  const seen = new Set<string>();
  const edges: { source: number; target: number; weight: number }[] = [];
  const add = (a: number, b: number, weight: number) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    if (s === t || seen.has(`${s},${t}`)) return;
    seen.add(`${s},${t}`);
    edges.push({ source: s, target: t, weight });
  };
  for (let i = 0; i < n; i++)
    for (let e = 0; e < 4; e++) {
      const same = random() < 0.9;
      let j = Math.floor(random() * n);
      while (same && assignments[j] !== assignments[i]) j = Math.floor(random() * n);
      add(i, j, 0.2 + 0.6 * random());
    }
  return { n, edges, assignments };
}

describe('computeLayout', () => {
  const { n, edges, assignments } = plantedGraph(40);
  const layout = computeLayout(n, edges, assignments, { seed: 42 });

  it('is deterministic for a seed, and the seed matters', () => {
    const again = computeLayout(n, edges, assignments, { seed: 42 });
    expect(Array.from(again.x)).toEqual(Array.from(layout.x));
    expect(Array.from(again.y)).toEqual(Array.from(layout.y));
    const other = computeLayout(n, edges, assignments, { seed: 43 });
    expect(Array.from(other.x)).not.toEqual(Array.from(layout.x));
  });

  it('gives finite, rounded, distinct positions', () => {
    const points = new Set<string>();
    for (let i = 0; i < n; i++) {
      expect(Number.isFinite(layout.x[i]) && Number.isFinite(layout.y[i])).toBe(true);
      expect(Math.round(layout.x[i] * 100) / 100).toBe(layout.x[i]);
      points.add(`${layout.x[i]},${layout.y[i]}`);
    }
    expect(points.size).toBe(n);
  });

  it('keeps clusters apart: papers are closer to their own cluster than to others', () => {
    let intra = 0;
    let ni = 0;
    let inter = 0;
    let ne = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const d = Math.hypot(layout.x[i] - layout.x[j], layout.y[i] - layout.y[j]);
        if (assignments[i] === assignments[j]) {
          intra += d;
          ni++;
        } else {
          inter += d;
          ne++;
        }
      }
    expect(intra / ni).toBeLessThan(0.7 * (inter / ne));
  });

  it('sizes nodes from 3 to 12 by how connected they are', () => {
    const sizes = Array.from(layout.size);
    expect(Math.min(...sizes)).toBeCloseTo(3, 5);
    expect(Math.max(...sizes)).toBeCloseTo(12, 5);
    const strength = new Array<number>(n).fill(0);
    for (const e of edges) {
      strength[e.source] += e.weight;
      strength[e.target] += e.weight;
    }
    const hub = strength.indexOf(Math.max(...strength));
    expect(layout.size[hub]).toBe(Math.max(...sizes));
  });

  it('handles graphs without edges or nodes', () => {
    const lonely = computeLayout(3, [], [0, 0, 1], { seed: 1 });
    expect(new Set([0, 1, 2].map((i) => `${lonely.x[i]},${lonely.y[i]}`)).size).toBe(3);
    expect(computeLayout(0, [], [], { seed: 1 }).x).toHaveLength(0);
  });
});

describe('computeLayout with sub-topics', () => {
  // One cluster whose papers form two sub-topics (even and odd), linked to each other as much as
  // within: only the sub-topic links can draw the two apart.
  const { n, edges } = plantedGraph(20, 3);
  const assignments = new Array<number>(n).fill(0);
  const topics = Array.from({ length: n }, (_, i) => i % 2);
  const ratio = (topicsOption?: number[]) => {
    const l = computeLayout(n, edges, assignments, { seed: 7, topics: topicsOption });
    let same = 0;
    let other = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const d = Math.hypot(l.x[i] - l.x[j], l.y[i] - l.y[j]);
        if (topics[i] === topics[j]) same += d;
        else other += d;
      }
    return same / other;
  };

  it('draws the papers of a sub-topic together inside their cluster', () => {
    expect(ratio(topics)).toBeLessThan(0.9 * ratio());
  });
});

describe('separateExactly (before noverlap, whose own separation is random)', () => {
  it('moves only the nodes on an earlier node’s spot, the same way every time', () => {
    const x = new Float64Array([0, 0, 5, 0]);
    const y = new Float64Array([1, 1, 2, 1]);
    separateExactly(x, y, 0.5);
    expect([...x]).toEqual([0, 0.5, 5, 1]);
    expect([...y]).toEqual([1, 1, 2, 1]);
    const untouched = new Float64Array([3, 4]);
    separateExactly(untouched, new Float64Array([3, 4]), 0.5);
    expect([...untouched]).toEqual([3, 4]);
  });
});
