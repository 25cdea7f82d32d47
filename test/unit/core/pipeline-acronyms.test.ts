// One name for one thing across papers, as the map shows it: an acronym that one paper defines
// and others only use, and a compound written three ways.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMap, type BuildResult } from '../../../src/core/pipeline.ts';
import { createNlp } from '../../../src/core/text/wink.ts';

const papers = [
  {
    title: 'Quantising large language models to four bits',
    abstract:
      'Large language models (LLMs) need hundreds of gigabytes of memory. We quantise the weights of LLMs to four bits with a calibration set of 128 sentences and lose less than one point of perplexity.',
  },
  {
    title: 'Pruning half the weights in one shot',
    abstract:
      'We prune LLMs to 50% sparsity in one shot, without retraining. The pruned LLMs keep their zero-shot accuracy, and LLM inference on a GPU gets 1.8 times faster.',
  },
  {
    title: 'Speculative decoding with a small draft model',
    abstract:
      'A small draft model proposes tokens that the LLM verifies in parallel. Speculative decoding makes LLM inference three times faster with the same output distribution.',
  },
  {
    title: 'Features of a vision transformer',
    abstract:
      'We train sparse auto-encoders on the activations of a vision transformer. The sparse auto-encoders find features for textures, objects and scenes.',
  },
  {
    title: 'Scaling monosemantic features',
    abstract:
      'Sparse autoencoders (SAEs) decompose the activations of a language model into interpretable features. We scale SAEs to sixteen million latents and measure feature quality.',
  },
  {
    title: 'Evaluating dictionary features',
    abstract:
      'A sparse autoencoder is evaluated by how well its features explain model behaviour. We compare each SAE with linear probes on six interpretability benchmarks.',
  },
];

let result: BuildResult;
beforeAll(async () => {
  const nlp = createNlp();
  const text = JSON.stringify(papers);
  result = await buildMap([{ name: 'papers.json', text }], { clusters: 2 }, { nlp: () => nlp });
});

describe('one name for one thing across the corpus', () => {
  const keywordsOf = (i: number) => result.graph.nodes[i].attributes.keywords;

  it('shows the expansion of an acronym in papers that only use the acronym', () => {
    for (const i of [0, 1, 2]) expect(keywordsOf(i)).toContain('large language models');
    for (const i of [1, 2]) {
      expect(keywordsOf(i)).not.toContain('LLMs');
      expect(keywordsOf(i)).not.toContain('LLM');
    }
  });

  it('shows one spelling of a compound written three ways and abbreviated', () => {
    const forms = [3, 4, 5].map((i) => keywordsOf(i).filter((k) => /auto-?encoder|SAE/i.test(k)));
    const all = new Set(forms.flat());
    expect(all.size).toBe(1);
    expect([...all][0]).toMatch(/^sparse auto-?encoders?$/);
  });

  it('explains links and names clusters with the shared name', () => {
    const edge = (a: number, b: number) =>
      result.graph.edges.find(
        (e) =>
          (e.source === result.graph.nodes[a].key && e.target === result.graph.nodes[b].key) ||
          (e.source === result.graph.nodes[b].key && e.target === result.graph.nodes[a].key),
      );
    expect(edge(1, 2)?.attributes.shared).toContain('large language models');
    expect(edge(3, 5)?.attributes.shared.some((t) => /^sparse auto-?encoders?$/.test(t))).toBe(
      true,
    );
    const labels = result.graph.attributes.clusters.map((c) => c.label).join(' · ');
    expect(labels).toMatch(/large language models/);
    expect(labels).toMatch(/sparse auto-?encoders?/);
  });
});
