import { describe, expect, it } from 'vitest';
import { buildVectors, sparseDot } from '../../../../src/core/model/vectors.ts';
import type { AnalysedDoc, Keyphrase } from '../../../../src/core/types.ts';
import { syntheticCorpus } from './synthetic.ts';

const doc = (lemmas: string[], phrases: [string, string, number][] = []): AnalysedDoc => ({
  lemmas,
  phrases: phrases.map(([key, surface, count], i) => ({
    key,
    surface,
    count,
    firstPosition: i,
    inTitle: false,
  })),
  length: lemmas.length,
});
const kp = (key: string, text: string): Keyphrase => ({ key, text, score: 1 });

describe('buildVectors', () => {
  const docs = [
    doc(
      ['sparse', 'autoencoder', 'feature', 'feature'],
      [['spars autoencod', 'sparse autoencoders', 1]],
    ),
    doc(
      ['sparse', 'autoencoder', 'interpretability'],
      [['spars autoencod', 'sparse autoencoders', 2]],
    ),
    doc(['pruning', 'sparse', 'training'], [['spars train', 'sparse training', 1]]),
    doc(['pruning', 'training', 'lottery']),
    doc(['galaxy', 'redshift']),
    doc(['galaxy', 'star']),
  ];
  const keyphrases = [
    [kp('spars autoencod', 'sparse autoencoders')],
    [kp('spars autoencod', 'sparse autoencoders')],
    [kp('spars train', 'sparse training')],
    [],
    [],
    [],
  ];
  const space = buildVectors(docs, keyphrases);

  it('gives unit-length vectors with ascending feature indices', () => {
    for (const v of space.vectors) {
      expect(sparseDot(v, v)).toBeCloseTo(1, 12);
      for (let i = 1; i < v.indices.length; i++)
        expect(v.indices[i]).toBeGreaterThan(v.indices[i - 1]);
    }
  });

  it('drops features only one paper has, and labels phrases readably', () => {
    expect(space.features).not.toContain('lottery');
    expect(space.features).not.toContain('interpretability');
    expect(space.features).toContain('sparse autoencoders');
    expect(space.features).not.toContain('sparse training'); // one paper only
    expect(space.features).toContain('galaxy');
  });

  it('drops features in more than half of the papers', () => {
    // "sparse" is in 3 of 6 papers: kept at the boundary; a word in 4 of 6 would go.
    const many = buildVectors([...docs, doc(['sparse'])], [...keyphrases, []]);
    expect(many.features).not.toContain('sparse');
  });

  it('weights a phrase above a lemma with the same counts', () => {
    const v = space.vectors[0];
    const weight = (label: string) => v.values[v.indices.indexOf(space.features.indexOf(label))];
    // Same df (2 papers), same count (1): only the phrase boost differs.
    expect(weight('sparse autoencoders')).toBeGreaterThan(weight('autoencoder'));
    expect(space.isPhrase[space.features.indexOf('sparse autoencoders')]).toBe(true);
  });

  it('writes lemma features as the corpus spells them in its phrases', () => {
    const docs = [
      doc(
        ['llm', 'hessian', 'activation'],
        [
          ['llm', 'LLMs', 1],
          ['hessian', 'Hessian', 1],
        ],
      ),
      doc(['llm', 'hessian', 'activation'], [['activ', 'activations', 2]]),
      doc(['galaxy'], []),
      doc(['star'], []),
    ];
    const v = buildVectors(docs, [[], [], [], []]);
    expect(v.features).toEqual(expect.arrayContaining(['LLM', 'Hessian', 'activation']));
  });

  it('explains links only with topical nouns and specific phrases', () => {
    const withNouns = (lemmas: string[], nounLemmas: string[]): AnalysedDoc => ({
      ...doc(lemmas),
      nounLemmas,
    });
    const v = buildVectors(
      [
        withNouns(['require', 'pruning', 'robust', 'data'], ['pruning', 'data']),
        withNouns(['require', 'pruning', 'robust', 'data'], ['pruning', 'data']),
        withNouns(['galaxy'], ['galaxy']),
        withNouns(['star'], ['star']),
      ],
      [[], [], [], []],
    );
    const explained = v.features.filter((_, f) => v.explainable[f]);
    expect(explained).toEqual(['pruning']);
  });

  it('leaves a paper without shared features with an empty vector', () => {
    const v = buildVectors([doc(['alpha']), doc(['beta']), doc([])], [[], [], []]);
    expect(v.vectors.every((x) => x.indices.length === 0)).toBe(true);
  });

  it('is deterministic and independent of the order of map iteration', () => {
    const { docs: d, keyphrases: k } = syntheticCorpus(3, 10);
    expect(JSON.stringify(buildVectors(d, k))).toBe(JSON.stringify(buildVectors(d, k)));
  });

  it('rejects invalid options with the module name', () => {
    expect(() => buildVectors(docs, keyphrases, { maxDfRatio: 0 })).toThrow(/papermap vectors/);
  });
});
