import { describe, expect, it } from 'vitest';
import {
  directionalCost,
  focusAnnouncement,
  nearestPaper,
  nextPaperInDirection,
  type PlacedPaper,
} from '../../../src/app/state/map-focus.ts';

const at = (key: string, x: number, y: number): PlacedPaper => ({ key, x, y });
const centre = at('o', 100, 100);

describe('directionalCost', () => {
  it('is the distance along the direction plus twice the distance across it', () => {
    expect(directionalCost(centre, at('a', 130, 110), 'ArrowRight')).toBe(30 + 2 * 10);
    expect(directionalCost(centre, at('a', 100, 60), 'ArrowUp')).toBe(40);
  });

  it('is infinite behind, and outside the 45° cone', () => {
    expect(directionalCost(centre, at('a', 90, 100), 'ArrowRight')).toBe(Infinity);
    expect(directionalCost(centre, at('a', 110, 130), 'ArrowRight')).toBe(Infinity);
    expect(directionalCost(centre, centre, 'ArrowDown')).toBe(Infinity);
  });

  it('counts screen directions: y grows downwards', () => {
    expect(directionalCost(centre, at('a', 100, 150), 'ArrowDown')).toBe(50);
    expect(directionalCost(centre, at('a', 100, 150), 'ArrowUp')).toBe(Infinity);
  });
});

describe('nextPaperInDirection', () => {
  //        n(100,20)
  //  w(20,100)  o(100,100)  e1(140,100)  e2(200,100)
  //        s(105,180)   d(180,180)
  const papers = [
    centre,
    at('n', 100, 20),
    at('w', 20, 100),
    at('e1', 140, 100),
    at('e2', 200, 100),
    at('s', 105, 180),
    at('d', 180, 180),
  ];

  it('goes to the nearest paper in each direction', () => {
    expect(nextPaperInDirection(centre, papers, 'ArrowRight')).toBe('e1');
    expect(nextPaperInDirection(centre, papers, 'ArrowLeft')).toBe('w');
    expect(nextPaperInDirection(centre, papers, 'ArrowUp')).toBe('n');
    expect(nextPaperInDirection(centre, papers, 'ArrowDown')).toBe('s');
  });

  it('gives null when no paper lies that way', () => {
    expect(nextPaperInDirection(at('w', 20, 100), papers, 'ArrowLeft')).toBeNull();
    expect(nextPaperInDirection(centre, [centre], 'ArrowUp')).toBeNull();
  });

  it('prefers a straight-ahead paper to a nearer one off to the side', () => {
    const side = [centre, at('diag', 130, 125), at('ahead', 160, 100)];
    // diag: 30 + 2·25 = 80; ahead: 60.
    expect(nextPaperInDirection(centre, side, 'ArrowRight')).toBe('ahead');
  });

  it('a diagonal paper belongs to both of its directions', () => {
    const diag = [centre, at('d', 150, 150)];
    expect(nextPaperInDirection(centre, diag, 'ArrowRight')).toBe('d');
    expect(nextPaperInDirection(centre, diag, 'ArrowDown')).toBe('d');
  });

  it('prefers a related paper in that direction to a nearer unrelated one', () => {
    expect(nextPaperInDirection(centre, papers, 'ArrowRight', new Set(['e2']))).toBe('e2');
    expect(nextPaperInDirection(centre, papers, 'ArrowDown', new Set(['d']))).toBe('d');
  });

  it('but not one far beyond the nearest paper, nor one in another direction', () => {
    const far = [...papers, at('far', 400, 100)];
    // far: 300 > 3 × 40 (e1)
    expect(nextPaperInDirection(centre, far, 'ArrowRight', new Set(['far']))).toBe('e1');
    expect(nextPaperInDirection(centre, papers, 'ArrowRight', new Set(['n', 'w']))).toBe('e1');
  });

  it('of papers as good as each other, goes to the first (the graph’s order: stable)', () => {
    const twins = [centre, at('b', 150, 100), at('a', 150, 100)];
    expect(nextPaperInDirection(centre, twins, 'ArrowRight')).toBe('b');
    expect(nextPaperInDirection(centre, [...twins].reverse(), 'ArrowRight')).toBe('a');
  });
});

describe('nearestPaper', () => {
  it('is the paper nearest the point', () => {
    expect(nearestPaper({ x: 150, y: 90 }, [at('a', 0, 0), at('b', 140, 100)])).toBe('b');
    expect(nearestPaper({ x: 0, y: 0 }, [])).toBeNull();
  });
});

describe('focusAnnouncement', () => {
  it('says the title, the cluster and how many papers are related', () => {
    expect(focusAnnouncement('Sparse attention', 'transformers', 8)).toBe(
      'Sparse attention, cluster transformers, 8 related papers',
    );
    expect(focusAnnouncement('A', 'b', 1)).toBe('A, cluster b, 1 related paper');
  });
});
