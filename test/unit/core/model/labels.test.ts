import { describe, expect, it } from 'vitest';
import { labelClusters, labelTopics } from '../../../../src/core/model/labels.ts';
import type { AnalysedDoc, Keyphrase } from '../../../../src/core/types.ts';
import { syntheticCorpus } from './synthetic.ts';

const kp = (key: string, text = key): Keyphrase => ({ key, text, score: 1 });

describe('labelClusters', () => {
  const { docs, keyphrases, groups } = syntheticCorpus(5, 8);
  const labels = labelClusters(groups, 5, keyphrases, docs);

  it('labels each cluster, in id order, with distinct labels of 1-3 phrases', () => {
    expect(labels.map((l) => l.id)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(labels.map((l) => l.label)).size).toBe(5);
    for (const l of labels) {
      const parts = l.label.split(' · ');
      expect(parts.length).toBeGreaterThanOrEqual(1);
      expect(parts.length).toBeLessThanOrEqual(3);
    }
  });

  it('names what sets a cluster apart, never a phrase all clusters use', () => {
    expect(labels[0].label).toContain('dark matter');
    expect(labels[3].label).toContain('neural networks');
    for (const l of labels) expect(l.label).not.toContain('experimental results');
  });

  it('lists up to 10 keywords, best first', () => {
    for (const l of labels) {
      expect(l.keywords.length).toBeGreaterThan(0);
      expect(l.keywords.length).toBeLessThanOrEqual(10);
      expect(new Set(l.keywords).size).toBe(l.keywords.length);
    }
    expect(labels[1].keywords.slice(0, 2).sort()).toEqual(['gene expression', 'protein folding']);
  });

  it('does not put near-duplicate phrases in one label', () => {
    const kps = [
      [
        kp('spars autoencod', 'sparse autoencoders'),
        kp('spars autoencod featur', 'sparse autoencoder features'),
        kp('interpret', 'interpretability'),
      ],
      [
        kp('spars autoencod', 'sparse autoencoders'),
        kp('spars autoencod featur', 'sparse autoencoder features'),
        kp('interpret', 'interpretability'),
      ],
      [kp('prune'), kp('lotteri ticket', 'lottery tickets')],
      [kp('prune'), kp('lotteri ticket', 'lottery tickets')],
    ];
    const [sae] = labelClusters([0, 0, 1, 1], 2, kps);
    expect(sae.label).toBe('sparse autoencoders · interpretability');
  });

  it('names no cluster by a vague word or an umbrella discipline, however common', () => {
    const kps = [
      [kp('model', 'models'), kp('machin learn', 'machine learning'), kp('converg', 'convergence')],
      [kp('model', 'models'), kp('machin learn', 'machine learning'), kp('converg', 'convergence')],
      [kp('data'), kp('prune', 'pruning'), kp('lotteri ticket', 'lottery tickets')],
      [kp('data'), kp('prune', 'pruning'), kp('lotteri ticket', 'lottery tickets')],
    ];
    const l = labelClusters([0, 0, 1, 1], 2, kps);
    expect(l[0].label).toBe('convergence');
    expect(l[1].label).toBe('lottery tickets · pruning');
    for (const x of l)
      for (const w of ['models', 'machine learning', 'data']) expect(x.keywords).not.toContain(w);
  });

  it('does not repeat a phrase in its own words among the keywords', () => {
    const kps = [
      [kp('spars autoencod', 'sparse autoencoders'), kp('autoencod', 'autoencoders')],
      [kp('spars autoencod', 'sparse autoencoders'), kp('autoencod', 'autoencoders')],
      [kp('prune', 'pruning')],
      [kp('prune', 'pruning')],
    ];
    expect(labelClusters([0, 0, 1, 1], 2, kps)[0].keywords).toEqual(['sparse autoencoders']);
  });

  it('keeps labels distinct when two clusters share their phrases', () => {
    const kps = [
      [kp('a b'), kp('c d')],
      [kp('a b'), kp('c d')],
      [kp('a b'), kp('c d'), kp('e f')],
      [kp('a b'), kp('c d'), kp('e f')],
      [kp('g h')],
      [kp('g h')],
    ];
    const l = labelClusters([0, 0, 1, 1, 2, 2], 3, kps);
    expect(new Set(l.map((x) => x.label)).size).toBe(3);
  });

  it('falls back to lemmas, then to a numbered name, when a cluster has no keyphrase', () => {
    const docs: AnalysedDoc[] = [
      { lemmas: ['quasar', 'jet'], phrases: [], length: 2 },
      { lemmas: ['quasar', 'disk'], phrases: [], length: 2 },
      { lemmas: ['enzyme'], phrases: [], length: 1 },
    ];
    const l = labelClusters([0, 0, 1], 2, [[], [], []], docs);
    expect(l[0].label).toContain('quasar');
    expect(labelClusters([0, 1], 2, [[], []]).map((x) => x.label)).toEqual([
      'Cluster 1',
      'Cluster 2',
    ]);
  });
});

describe('label scoring: coverage against distinctiveness', () => {
  it('prefers a phrase most of the cluster uses over one only two of its papers use', () => {
    // Cluster 0: 10 papers; "convex optimization" in 8 of them (and 2 in cluster 1), "linear
    // systems" in 2 of them only. Clusters 1 and 2: 10 papers each on something else.
    const keyphrases = Array.from({ length: 30 }, (_, i) => {
      const list = [kp(`filler${i}`)];
      if (i < 8 || i === 10 || i === 11) list.push(kp('convex optim', 'convex optimization'));
      if (i === 8 || i === 9) list.push(kp('linear system', 'linear systems'));
      if (i >= 10) list.push(kp('graph neural network', 'graph neural networks'));
      return list;
    });
    const assignments = keyphrases.map((_, i) => Math.floor(i / 10));
    const [first] = labelClusters(assignments, 3, keyphrases);
    expect(first.label.split(' · ')[0]).toBe('convex optimization');
  });
});

describe('labelTopics', () => {
  it('names sub-topics against their siblings, never with the cluster label', () => {
    const keyphrases = Array.from({ length: 8 }, (_, i) => [
      kp('spars attent', 'sparse attention'),
      i < 4 ? kp('kv cach', 'KV cache') : kp('activ sparsiti', 'activation sparsity'),
      i < 4 ? kp('long context', 'long context') : kp('relu', 'ReLU'),
    ]);
    const clusterLabels = [{ id: 0, label: 'sparse attention · LLMs', keywords: [] }];
    const topics = [
      { id: 4, cluster: 0, members: [0, 1, 2, 3] },
      { id: 5, cluster: 0, members: [4, 5, 6, 7] },
    ];
    const labels = labelTopics(topics, clusterLabels, keyphrases);
    expect(labels.map((l) => l.id)).toEqual([4, 5]);
    expect(labels[0].label).toMatch(/KV cache|long context/);
    expect(labels[1].label).toMatch(/activation sparsity|ReLU/);
    for (const l of labels) expect(l.label).not.toContain('sparse attention');
  });
});
