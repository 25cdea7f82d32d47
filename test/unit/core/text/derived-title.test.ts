import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleFromAbstract } from '../../../../src/core/text/derived-title.ts';

describe('titleFromAbstract', () => {
  it.each([
    [
      'ten words at most, cut at a space, with an ellipsis',
      'Large language models (LLMs) are increasingly used to annotate open survey answers, but their reliability across languages is unknown.',
      'Large language models (LLMs) are increasingly used to annotate open…',
    ],
    [
      'a first sentence of four words or more is enough',
      'Sparse autoencoders find interpretable features. We scale them to 16 million latents.',
      'Sparse autoencoders find interpretable features…',
    ],
    [
      'a shorter first sentence runs on',
      'Pruning works. It is cheap and simple to do in practice.',
      'Pruning works. It is cheap and simple to do in…',
    ],
    [
      '"vs." and "et al." end no sentence',
      'We compare X vs. the baseline on many long-context benchmarks and find gains.',
      'We compare X vs. the baseline on many long-context…',
    ],
    [
      'compounds, numbers and brackets stay whole (a compound counts its parts)',
      'State-of-the-art (SOTA) results: 3.5% better top-1 accuracy on ImageNet-1k with half the compute.',
      'State-of-the-art (SOTA) results: 3.5% better top-1…',
    ],
    [
      'no dangling punctuation before the ellipsis',
      'In short, we compare sparse training, dynamic rewiring and pruning: all three.',
      'In short, we compare sparse training, dynamic rewiring and pruning…',
    ],
    [
      'a very short abstract is its own title, without the full stop',
      'Sparse attention.',
      'Sparse attention',
    ],
    ['a question keeps its mark', 'Do LLMs dream?', 'Do LLMs dream?'],
    [
      'accents and non-Latin scripts',
      'Как большие языковые модели справляются с задачами рассуждения на русском языке и почему?',
      'Как большие языковые модели справляются с задачами рассуждения на русском…',
    ],
    [
      'French with accents',
      'Les modèles de langue à grande échelle sont de plus en plus utilisés pour annoter des réponses.',
      'Les modèles de langue à grande échelle sont de plus…',
    ],
    [
      'a script without spaces, cut between its words',
      '大型语言模型在许多任务上表现出色，但其推理成本很高。我们提出一种稀疏注意力方法。',
      '大型语言模型在许多任务上表现出色，但…',
    ],
    [
      'one word longer than a title',
      'https://example.org/a/very/long/url/that/goes/on/and/on/and/on/for/more/than/eighty/characters/really',
      'https://example.org/a/very/long/url/that/goes/on/and/on/and/on/for/more/than/ei…',
    ],
    ['no word at all', '... — !', ''],
    ['nothing', '', ''],
  ])('%s', (_rule, abstract, title) => {
    expect(titleFromAbstract(abstract)).toBe(title);
  });

  it('keeps to 80 characters with long words', () => {
    const title = titleFromAbstract(
      'Electroencephalography-based characterisation of neurodevelopmental heterogeneity in adolescents with attention-deficit/hyperactivity disorder.',
    );
    expect(title).toBe('Electroencephalography-based characterisation of neurodevelopmental…');
    expect([...title].length).toBeLessThanOrEqual(80);
  });

  it('is always a start of the abstract, at most 80 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (abstract) => {
        const title = titleFromAbstract(abstract);
        expect([...title].length).toBeLessThanOrEqual(80);
        expect(abstract.trim().startsWith(title.replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});
