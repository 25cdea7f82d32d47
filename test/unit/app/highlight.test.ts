import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../src/app/state/highlight.ts';

const marked = (text: string, phrases: string[]) =>
  highlightSegments(text, phrases)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('abstract highlighting', () => {
  it('splits text into plain and marked segments that rebuild it exactly', () => {
    const text = 'Sparse networks prune weights. Pruning sparse networks again!';
    const segs = highlightSegments(text, ['sparse networks', 'pruning']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual([
      'Sparse networks',
      'Pruning',
      'sparse networks',
    ]);
  });

  it('matches whole words only, plurals and hyphen/space variants', () => {
    expect(marked('pruningly unpruning pruning.', ['pruning'])).toEqual(['pruning']);
    expect(marked('Sparse autoencoders and a sparse-autoencoder', ['sparse autoencoder'])).toEqual([
      'Sparse autoencoders',
      'sparse-autoencoder',
    ]);
  });

  it('prefers the longest phrase where phrases overlap', () => {
    expect(
      marked('large language model inference', [
        'language model',
        'large language model inference',
      ]),
    ).toEqual(['large language model inference']);
  });

  it('treats regex characters in phrases as text and handles unicode', () => {
    expect(
      marked('Use N:M sparsity (2:4) and ℓ1-norm; Ökonomie matters', [
        'n:m sparsity',
        '(2:4)',
        'ökonomie',
        'a+b',
      ]),
    ).toEqual(['N:M sparsity', '(2:4)', 'Ökonomie']);
  });

  it('keeps untrusted markup as plain text', () => {
    const text = '<img src=x onerror=alert(1)> sparse coding';
    const segs = highlightSegments(text, ['sparse coding']);
    expect(segs[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
  });

  it('handles empty input', () => {
    expect(highlightSegments('', ['x'])).toEqual([]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});
