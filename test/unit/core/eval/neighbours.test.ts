import { describe, expect, it } from 'vitest';
import { labelAgreement, relatedLists } from '../../../../src/core/eval/neighbours.ts';
import type { GraphFile } from '../../../../src/core/graph-file.ts';

const graph = (edges: [string, string, number][]) =>
  ({
    nodes: ['a', 'b', 'c', 'd'].map((key) => ({ key })),
    edges: edges.map(([source, target, weight]) => ({ source, target, attributes: { weight } })),
  }) as unknown as GraphFile;

describe('related lists and label agreement', () => {
  it('lists every link of a paper, in both directions, strongest first', () => {
    const lists = relatedLists(
      graph([
        ['a', 'b', 0.2],
        ['c', 'a', 0.9],
        ['a', 'd', 0.2],
      ]),
    );
    expect(lists.get('a')).toEqual(['c', 'b', 'd']);
    expect(lists.get('c')).toEqual(['a']);
    expect(lists.get('b')).toEqual(['a']);
  });

  it('counts the share of the first links that reach the same label', () => {
    const lists = new Map([
      ['a', ['b', 'c', 'd']],
      ['b', ['a']],
      ['c', ['a']],
    ]);
    const label = { a: 'x', b: 'x', c: 'y', d: 'x' } as Record<string, string>;
    expect(labelAgreement(lists, (k) => label[k], 2)).toEqual({ agreement: 0.5, links: 4 });
    expect(labelAgreement(lists, (k) => label[k], 10)).toEqual({ agreement: 0.6, links: 5 });
  });

  it('leaves unlabelled papers out on both ends', () => {
    const lists = new Map([
      ['a', ['u', 'b']],
      ['u', ['a']],
    ]);
    const label = { a: 'x', b: 'y' } as Record<string, string>;
    expect(labelAgreement(lists, (k) => label[k], 1)).toEqual({ agreement: 0, links: 1 });
  });
});
