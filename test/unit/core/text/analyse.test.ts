import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { seedCorpusPapers } from '../../support/seed-corpus.ts';
import { analyseDocument } from '../../../../src/core/text/analyse.ts';
import { createNlp, type Nlp } from '../../../../src/core/text/wink.ts';
import type { AnalysedDoc } from '../../../../src/core/types.ts';

const sparsityPapers = seedCorpusPapers;

let nlp: Nlp;
let papers: { title: string; abstract: string }[];
const analysePaper = (titleStart: string): AnalysedDoc => {
  const p = papers.find((x) => x.title.startsWith(titleStart));
  if (!p) throw new Error(`no paper titled ${titleStart}`);
  return analyseDocument(nlp, p.title, p.abstract);
};
const surfaces = (d: AnalysedDoc) => d.phrases.map((p) => p.surface);
const byKey = (d: AnalysedDoc, key: string) => d.phrases.find((p) => p.key === key);

beforeAll(() => {
  nlp = createNlp();
  papers = sparsityPapers();
});

describe('analyseDocument on the default corpus', () => {
  it('reads the corpus the tests rely on', () => {
    expect(papers).toHaveLength(47);
  });

  it('finds "sparse autoencoders" in the SAE paper, in its title, merged with "SAEs"', () => {
    const d = analysePaper('Taming Polysemanticity in LLMs');
    const sae = byKey(d, 'spars autoencod');
    expect(sae).toBeDefined();
    expect(sae!.surface).toBe('sparse autoencoders');
    expect(sae!.inTitle).toBe(true);
    // "SAEs" is defined as "Sparse Autoencoders (SAEs)": no key of its own, and phrases that
    // use it share the expansion's stems.
    expect(byKey(d, 'sae')).toBeUndefined();
    expect(byKey(d, 'spars autoencod train algorithm')?.surface).toBe('SAE training algorithms');
  });

  it('finds "N:M structured sparsity" in the N:M paper, keeping the colon compound whole', () => {
    const d = analysePaper('Progressive Gradient Flow for Robust N:M Sparsity');
    expect(surfaces(d)).toContain('N:M structured sparsity');
    expect(surfaces(d)).toContain('robust N:M sparsity training');
  });

  it('keeps hyphenated compounds and acronyms as written, undoing title case', () => {
    const seco = analysePaper('Training Long-Context LLMs Efficiently');
    expect(surfaces(seco)).toContain('chunk-wise optimization');
    expect(surfaces(seco)).toContain('LoRA');
    expect(surfaces(seco)).toContain('memory-efficient training paradigm');
    const ecoflap = analysePaper('ECoFLaP');
    expect(surfaces(ecoflap)).toContain('coarse-to-fine layer-wise pruning');
    // Names capitalised in running text keep their capital, wherever the phrase is found.
    expect(surfaces(analysePaper('Accelerating Sinkhorn Algorithm'))).toContain(
      'Sinkhorn algorithm',
    );
  });

  it('has no generic words as phrases and no phrase longer than five words', () => {
    const generic = ['paper', 'approach', 'method', 'methods', 'results', 'novel', 'work', 'study'];
    for (const p of papers) {
      const d = analyseDocument(nlp, p.title, p.abstract);
      for (const s of surfaces(d)) {
        expect(generic).not.toContain(s.toLowerCase());
        expect(s).not.toMatch(/^(novel|new|proposed|existing|various|extensive) /i);
        expect(s.split(' ').length).toBeLessThanOrEqual(5);
        expect(s).not.toMatch(/[().,;]/);
      }
    }
  });

  it('gives content lemmas, title first, without stop words, numbers or URLs', () => {
    const d = analysePaper('Training Long-Context LLMs Efficiently');
    expect(d.lemmas.slice(0, 3)).toEqual(['training', 'long', 'context']);
    expect(d.lemmas).toContain('llm'); // "LLMs", singular
    expect(d.lemmas).toContain('chunk');
    for (const l of d.lemmas) {
      expect(l).toBe(l.toLowerCase());
      expect(l).not.toMatch(/^(the|we|of|and|a|via)$/);
      expect(l).not.toMatch(/^\d+$|https?:/);
    }
  });

  it('records counts, first positions and title membership', () => {
    const d = analysePaper('Accelerating Sinkhorn Algorithm');
    const sinkhorn = byKey(d, 'sinkhorn algorithm')!;
    expect(sinkhorn.inTitle).toBe(true);
    expect(sinkhorn.firstPosition).toBe(1);
    expect(sinkhorn.count).toBeGreaterThan(3);
    expect(d.length).toBeGreaterThan(200);
    for (const p of d.phrases) expect(p.firstPosition).toBeLessThan(d.length);
  });
});

describe('analyseDocument on small texts', () => {
  it('merges singular and plural, and an acronym with its expansion', () => {
    const d = analyseDocument(
      nlp,
      '',
      'A sparse autoencoder is trained. Sparse autoencoders (SAEs) extract features. We train SAEs.',
    );
    const sae = d.phrases.filter((p) => p.key === 'spars autoencod');
    expect(sae).toHaveLength(1);
    expect(sae[0].count).toBe(3);
    expect(d.phrases.map((p) => p.key)).not.toContain('sae');
  });

  it('understands an acronym before its expansion', () => {
    const d = analyseDocument(
      nlp,
      '',
      'We propose WINA (Weight Informed Neuron Activation), a framework. WINA is simple.',
    );
    const wina = d.phrases.find((p) => p.key === 'weight inform neuron activ');
    expect(wina?.count).toBe(2);
    expect(wina?.surface).toBe('weight informed neuron activation');
  });

  it('does not let phrases cross sentences, punctuation or parentheses', () => {
    const d = analyseDocument(
      nlp,
      '',
      'We study graphs. Neural networks learn sparse models (pruned networks), weights; biases.',
    );
    const keys = d.phrases.map((p) => p.surface);
    expect(keys).toContain('graphs');
    expect(keys).toContain('neural networks');
    expect(keys).toContain('sparse models');
    expect(keys).toContain('pruned networks');
    expect(keys.some((k) => k.includes('graphs neural'))).toBe(false);
    expect(keys.some((k) => k.includes('models pruned'))).toBe(false);
  });

  it('glues hyphenated compounds, but not a hyphen used as a dash', () => {
    const d = analyseDocument(
      nlp,
      '',
      'We study speechology-a field of linguistics. The accuracy-efficiency trade-off of ' +
        'weight-only quantization on state-of-the-art GPUs is studied by C. Moreno with ' +
        'coarse-to-fine search.',
    );
    expect(d.phrases.map((p) => p.surface)).toEqual([
      'speechology',
      'linguistics',
      'accuracy-efficiency trade-off',
      'weight-only quantization',
      'GPUs',
      'Moreno',
      'coarse-to-fine search',
    ]);
  });

  it('is deterministic and copes with empty text', () => {
    const p = 'Sparse training of large language models (LLMs) with N:M sparsity.';
    expect(analyseDocument(nlp, 'Title', p)).toEqual(analyseDocument(nlp, 'Title', p));
    expect(analyseDocument(nlp, '', '')).toEqual({
      lemmas: [],
      nounLemmas: [],
      phrases: [],
      length: 0,
    });
  });
});

describe('analyseDocument: written forms of lemmas', () => {
  it('keeps how the paper writes a lemma when it differs, and only then', () => {
    const d = analyseDocument(
      nlp,
      'Children and books',
      'We ask children about books. Each child reads two books. LLMs read too.',
    );
    expect(d.lemmaForms?.child).toBe('children');
    expect(d.lemmaForms?.book).toBe('books');
    expect(d.lemmaForms?.llm).toBe('LLMs');
    const plain = analyseDocument(nlp, 'A study', 'We read a book.');
    expect(plain.lemmaForms?.book).toBeUndefined();
  });
});

describe('analyseDocument on formulas and titles in capitals', () => {
  const physics = JSON.parse(
    readFileSync(new URL('../../../fixtures/text/physics-formulas.json', import.meta.url), 'utf8'),
  ) as { title: string; abstract: string }[];
  let photocathodes: AnalysedDoc, mobility: AnalysedDoc;
  let heterojunctions: AnalysedDoc, capitals: AnalysedDoc;
  beforeAll(() => {
    [photocathodes, mobility, heterojunctions, capitals] = physics.map((p) =>
      analyseDocument(nlp, p.title, p.abstract),
    );
  });

  it('keeps chemical formulas whole, matched in plain form and shown as written', () => {
    expect(byKey(photocathodes, 'cu2o')?.surface).toBe('Cu₂O');
    expect(byKey(mobility, 'polycrystallin cu2o film')?.surface).toBe('polycrystalline Cu₂O films');
    expect(surfaces(heterojunctions)).toContain('ZnO/Cu₂O heterojunction solar cells');
    for (const d of [photocathodes, mobility, heterojunctions]) {
      expect(d.phrases.map((p) => p.key)).not.toContain('cu');
      expect(d.lemmas).not.toContain('cu');
    }
    expect(photocathodes.lemmaForms?.['cu2o']).toBe('Cu₂O');
  });

  it('makes no keyphrase of a unit with its power', () => {
    for (const d of [photocathodes, mobility, heterojunctions])
      expect(surfaces(d).filter((s) => /cm|V⁻¹/.test(s))).toEqual([]);
  });

  it('reads a title in capitals as the abstract writes its words', () => {
    expect(surfaces(capitals)).toContain('cuprous oxide photovoltaic cells');
    expect(surfaces(capitals).join(' ')).not.toMatch(/CUPROUS|OXIDE/);
    expect(byKey(capitals, 'cuprou oxid photovolta cell')?.inTitle).toBe(true);
  });
});

describe('analyseDocument on sentences in another language', () => {
  it('takes no phrase from them, and marks their words as foreign', () => {
    const d = analyseDocument(
      nlp,
      'Optical absorption of cuprous oxide',
      "The absorption edge of cuprous oxide lies near 2.1 eV. L'absorption optique de l'oxyde cuivreux a été mesurée à la température ambiante.",
    );
    expect(surfaces(d)).toEqual(['optical absorption', 'cuprous oxide', 'absorption edge', 'eV']);
    expect(d.foreignLemmas).toEqual([
      'absorption',
      'optique',
      'oxyde',
      'cuivreux',
      'mesurée',
      'température',
      'ambiante',
    ]);
    expect(d.nounLemmas).not.toContain('température');
  });
});
