import { describe, expect, it } from 'vitest';
import {
  evaluateKeyphrases,
  normaliseKeyphrase,
  tokenise,
} from '../../../scripts/eval-keyphrases.ts';

describe('normaliseKeyphrase', () => {
  it('lowercases, tokenises and Porter-stems each token, keeping in-word hyphens', () => {
    expect(normaliseKeyphrase('Sparse Autoencoders')).toBe('spars autoencod');
    expect(normaliseKeyphrase('sparse autoencoder')).toBe('spars autoencod');
    expect(tokenise("Kamp's theorem (KT), multi-step")).toEqual([
      'kamp',
      "'s",
      'theorem',
      '(',
      'kt',
      ')',
      ',',
      'multi-step',
    ]);
  });
});

describe('evaluateKeyphrases', () => {
  it('follows the standard protocol on a hand-computed example', () => {
    const records = [
      {
        title: 'Sparse autoencoders',
        abstract: 'We train sparse autoencoders on neural networks.',
        // "dictionary learning" is not in the text but stays in the recall denominator;
        // "Sparse Autoencoders" is the same keyphrase as "sparse autoencoder" once stemmed.
        keyphrases: [
          'sparse autoencoder',
          'neural networks',
          'dictionary learning',
          'Sparse Autoencoders',
        ],
      },
      { title: 'Graphs', abstract: 'A graph.', keyphrases: ['graph'] },
      { title: 'No gold', abstract: 'Nothing to find.', keyphrases: [] },
      { title: 'Sparsity', abstract: 'On sparsity.', keyphrases: ['sparsity'] },
    ];
    const predictions = [
      // "Sparse autoencoder" duplicates the first prediction once stemmed and is dropped, so the
      // top 5 are: sparse autoencoders, neural network, training, models, x1.
      ['sparse autoencoders', 'Sparse autoencoder', 'neural network', 'training', 'models'].concat([
        'x1',
        'x2',
        'x3',
        'x4',
        'x5',
        'x6',
        'x7',
      ]),
      ['graph'],
      ['anything'],
      [],
    ];
    let seen: unknown[] = [];
    const scores = evaluateKeyphrases(records, (docs) => {
      seen = docs;
      return predictions;
    });
    // The predictor never sees the gold keyphrases.
    expect(seen[0]).toEqual({ title: 'Sparse autoencoders', abstract: records[0].abstract });

    // Document 1: gold has 3 distinct keyphrases; 2 matches in the top 5 and the top 10.
    const f1 = (p: number, r: number) => (2 * p * r) / (p + r);
    const doc1At5 = f1(2 / 5, 2 / 3); // 0.5
    const doc1At10 = f1(2 / 10, 2 / 3); // 4/13
    // Document 2 is perfect; document 3 has no gold and is not scored; document 4 predicts
    // nothing and scores 0.
    expect(scores.documents).toBe(3);
    expect(scores.f1At5).toBeCloseTo((doc1At5 + 1 + 0) / 3, 10);
    expect(scores.f1At5).toBeCloseTo(0.5, 10);
    expect(scores.f1At10).toBeCloseTo((4 / 13 + 1) / 3, 10);
    expect(scores.precisionAt10).toBeCloseTo((0.2 + 1) / 3, 10);
    expect(scores.recallAt10).toBeCloseTo((2 / 3 + 1) / 3, 10);
    expect(doc1At10).toBeCloseTo(4 / 13, 10);
  });

  it('checks that there is one prediction list per document', () => {
    expect(() =>
      evaluateKeyphrases([{ title: 't', abstract: 'a', keyphrases: ['a'] }], () => []),
    ).toThrow(/eval-keyphrases/);
  });

  it('scores nothing as zero, not as NaN', () => {
    expect(evaluateKeyphrases([], () => [])).toEqual({
      f1At5: 0,
      f1At10: 0,
      precisionAt10: 0,
      recallAt10: 0,
      documents: 0,
    });
  });
});
