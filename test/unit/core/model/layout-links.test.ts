import { describe, expect, it } from 'vitest';
import { addEdges, addGroupLinks, LinkSet } from '../../../../src/core/model/layout-links.ts';

describe('LinkSet', () => {
  it('keeps one link per pair in first-seen order: set replaces the weight, add adds to it', () => {
    const links = new LinkSet(5);
    links.link(3, 1, 0.5, false);
    links.link(0, 4, 0.25, false);
    links.link(1, 3, 0.75, false);
    links.link(4, 0, 1, true);
    links.link(2, 2, 1, false);
    const { source, target, weight } = links.toArrays();
    expect([...source]).toEqual([3, 0]);
    expect([...target]).toEqual([1, 4]);
    expect([...weight]).toEqual([0.75, 1.25]);
  });
});

describe('addEdges and addGroupLinks', () => {
  it('adds the edges, then two links per grouped paper (none alone or ungrouped)', () => {
    const links = new LinkSet(6);
    addEdges(links, [{ source: 0, target: 1, weight: 0.5 }]);
    const picks = [0.99, 0.2, 0.1, 0.6, 0.3, 0.9, 0.1, 0.7];
    let next = 0;
    addGroupLinks(links, [0, 0, 1, 1, null, 2], 2, () => picks[next++]);
    // Paper 0 picks 1 (adding to the edge) and itself (skipped), paper 1 picks 0 and itself,
    // paper 2 itself and 3, paper 3 picks 2 and itself; papers 4 and 5 have no group mates.
    expect(next).toBe(picks.length);
    const { source, target, weight } = links.toArrays();
    expect([...source]).toEqual([0, 2]);
    expect([...target]).toEqual([1, 3]);
    expect([...weight]).toEqual([4.5, 4]);
  });
});
