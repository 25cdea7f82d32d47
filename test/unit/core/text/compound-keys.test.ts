import { describe, expect, it } from 'vitest';
import { closedCompounds } from '../../../../src/core/text/compound-keys.ts';

describe('closedCompounds', () => {
  const canon = closedCompounds([
    'spars autoencod',
    'dataset',
    'nonconvex optim',
    'topk rout',
    'stateof',
    'nm',
    'convex relax',
  ]);

  it.each([
    ['spars auto encod', 'spars autoencod'], // "sparse auto-encoders"
    ['auto encod train', 'autoencod train'],
    ['larg data set', 'larg dataset'], // "large data set"
    ['non convex optim problem', 'nonconvex optim problem'], // "non-convex optimisation problem"
    ['top k rout', 'topk rout'], // "top-k routing" and "TopK routing"
  ])('%s -> %s', (key, canonical) => {
    expect(canon(key)).toBe(canonical);
  });

  it.each([
    ['convex relax', 'a closed form nobody uses'],
    ['state of the art', 'a function word is no half of a compound'],
    ['n m sparsiti', 'too short to be more than chance'],
    ['spars', 'one stem'],
  ])('leaves %s (%s)', (key) => {
    expect(canon(key)).toBe(key);
  });
});
