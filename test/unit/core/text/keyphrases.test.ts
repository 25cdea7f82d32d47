import { beforeAll, describe, expect, it } from 'vitest';
import { seedCorpusPapers } from '../../support/seed-corpus.ts';
import { analyseDocument } from '../../../../src/core/text/analyse.ts';
import { rankKeyphrases } from '../../../../src/core/text/keyphrases.ts';
import { createNlp, type Nlp } from '../../../../src/core/text/wink.ts';
import { stemmer } from 'stemmer';
import type { AnalysedDoc, Keyphrase } from '../../../../src/core/types.ts';

const sparsityPapers = seedCorpusPapers;

let nlp: Nlp;
let papers: { title: string; abstract: string }[];
let docs: AnalysedDoc[];
let ranked: Keyphrase[][];
const textsOf = (titleStart: string): string[] => {
  const i = papers.findIndex((p) => p.title.startsWith(titleStart));
  if (i < 0) throw new Error(`no paper titled ${titleStart}`);
  return ranked[i].map((k) => k.text);
};

beforeAll(() => {
  nlp = createNlp();
  papers = sparsityPapers();
  docs = papers.map((p) => analyseDocument(nlp, p.title, p.abstract));
  ranked = rankKeyphrases(docs);
});

describe('rankKeyphrases on the default corpus', () => {
  it('gives each paper ten keyphrases by default, best first', () => {
    expect(ranked).toHaveLength(papers.length);
    for (const list of ranked) {
      expect(list).toHaveLength(10);
      for (let i = 1; i < list.length; i++)
        expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score);
    }
  });

  it('puts the topic of a paper at the top of its list', () => {
    expect(textsOf('Taming Polysemanticity in LLMs').slice(0, 5)).toContain('sparse autoencoders');
    expect(textsOf('Accelerating Sinkhorn Algorithm').slice(0, 3)).toContain('Sinkhorn algorithm');
    expect(textsOf('Towards Principled Evaluations of Sparse Autoencoders')).toContain(
      'sparse autoencoders',
    );
    expect(textsOf('Sparse Model Soups').slice(0, 3)).toContain('sparse model soups');
  });

  it('finds N:M sparsity for the N:M paper', () => {
    expect(textsOf('Progressive Gradient Flow').filter((t) => t.includes('N:M'))).toEqual(
      expect.arrayContaining(['robust N:M sparsity training', 'N:M structured sparsity']),
    );
  });

  it('never offers a generic word as a keyphrase', () => {
    const generic =
      /^(paper|approach|method|methods|results|novel|work|study|problem|performance|experiments|framework|significant|various|existing|new|proposed|extensive|state-of-the-art)$/i;
    for (const list of ranked) for (const k of list) expect(k.text).not.toMatch(generic);
  });

  it('keeps acronyms and names readable and common words in lower case', () => {
    const all = ranked.flat().map((k) => k.text);
    expect(all).toContain('large language models');
    expect(all).toContain('SaRA');
    expect(all).toContain('TopK SAEs');
    expect(all).toContain('sparse Newton iterations');
    for (const t of all) expect(t).not.toMatch(/^(A|The) /);
  });

  it('has no near-duplicates in a list', () => {
    for (const list of ranked) {
      const stemSets = list.map((k) => [...new Set(k.key.split(' '))].sort().join(' '));
      expect(new Set(stemSets).size).toBe(list.length);
      const plain = list.map((k) =>
        k.text
          .toLowerCase()
          .split(/[\s-]+/)
          .map((w) => stemmer(w))
          .join(' '),
      );
      expect(new Set(plain).size).toBe(list.length);
      // No phrase is part of a phrase ranked above it.
      list.forEach((k, i) => {
        for (const above of list.slice(0, i)) expect(` ${above.key} `).not.toContain(` ${k.key} `);
      });
    }
  });

  it('is deterministic', () => {
    const again = rankKeyphrases(papers.map((p) => analyseDocument(nlp, p.title, p.abstract)));
    expect(again).toEqual(ranked);
  });
});

describe('rankKeyphrases on small corpora', () => {
  const doc = (
    phrases: [string, string, number, number, boolean][],
    length = 100,
  ): AnalysedDoc => ({
    lemmas: [],
    length,
    phrases: phrases.map(([key, surface, count, firstPosition, inTitle]) => ({
      key,
      surface,
      count,
      firstPosition,
      inTitle,
    })),
  });

  it('prefers phrases rare in the corpus, in the title and early, and honours max', () => {
    const docs = [
      doc([
        ['spars', 'sparsity', 3, 50, false],
        ['spars autoencod', 'sparse autoencoders', 3, 50, false],
        ['featur', 'features', 3, 50, false],
      ]),
      doc([['spars', 'sparsity', 2, 5, false]]),
      doc([['spars', 'sparsity', 2, 5, false]]),
    ];
    const [first] = rankKeyphrases(docs, { max: 2 });
    expect(first.map((k) => k.text)).toEqual(['sparse autoencoders', 'features']);
    const titled = rankKeyphrases([
      doc([
        ['alph', 'alpha', 1, 60, false],
        ['b', 'beta', 1, 60, true],
        ['c', 'gamma', 1, 2, false],
      ]),
    ])[0];
    expect(titled.map((k) => k.text)).toEqual(['beta', 'gamma', 'alpha']);
  });

  it('breaks ties by key', () => {
    const [list] = rankKeyphrases([
      doc([
        ['b', 'beta', 1, 10, false],
        ['alph', 'alpha', 1, 10, false],
      ]),
    ]);
    expect(list.map((k) => k.text)).toEqual(['alpha', 'beta']);
  });

  it('shows every paper the written form most papers use', () => {
    const docs = [
      doc([['spars autoencod', 'Sparse Autoencoders', 1, 10, false]]),
      doc([['spars autoencod', 'sparse autoencoders', 1, 10, false]]),
      doc([['spars autoencod', 'sparse autoencoders', 1, 10, false]]),
    ];
    for (const list of rankKeyphrases(docs)) {
      expect(list.map((k) => k.text)).toEqual(['sparse autoencoders']);
    }
  });

  it('drops a phrase that only adds generic words to a better one', () => {
    const [list] = rankKeyphrases([
      doc([
        ['matrix complet', 'matrix completion', 3, 1, true],
        ['matrix complet problem', 'matrix completion problem', 1, 30, false],
        ['complet', 'completion', 1, 40, false],
      ]),
    ]);
    expect(list.map((k) => k.text)).toEqual(['matrix completion']);
  });

  it('rejects an invalid max and handles an empty corpus', () => {
    expect(() => rankKeyphrases([], { max: -1 })).toThrow(/papermap\/keyphrases/);
    expect(rankKeyphrases([])).toEqual([]);
    expect(rankKeyphrases([doc([])])).toEqual([[]]);
  });
});

describe('rankKeyphrases leaves out phrases that name no topic', () => {
  const generic = [
    {
      title: 'Pruning transformers without retraining',
      abstract:
        'Since the seminal work on optimal brain damage, pruning has removed a small fraction of the weights at high training costs. We prune transformers in one shot. Part II of the study gives a detailed investigation of the preparation of calibration sets, and the pruned models avoid unpleasant artifacts in generated images. Pruning takes one day on a GPU.',
    },
    {
      title: 'Calibration sets for one-shot pruning',
      abstract:
        'One-shot pruning of language models depends on the calibration set. We study how the size of the calibration set changes the accuracy after pruning, over a day of experiments on a small fraction of the data.',
    },
  ];

  it('has no keyphrase like "small fraction", "seminal work", "II", "investigation" or "day"', () => {
    const docs2 = generic.map((p) => analyseDocument(nlp, p.title, p.abstract));
    const texts = rankKeyphrases(docs2).flatMap((list) => list.map((k) => k.text.toLowerCase()));
    for (const vague of [
      'small fraction',
      'training costs',
      'seminal work',
      'work',
      'ii',
      'part ii',
      'investigation',
      'detailed investigation',
      'preparation',
      'day',
      'one day',
    ])
      expect(texts).not.toContain(vague);
    expect(texts).toContain('artifacts');
    expect(texts).toContain('calibration sets');
  });
});
