import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../src/core/text/analyse.ts';
import { createNlp, type Nlp } from '../../../../src/core/text/wink.ts';

const [attention, lenet] = JSON.parse(
  readFileSync(new URL('../../../fixtures/text/transformer-papers.json', import.meta.url), 'utf8'),
) as { title: string; abstract: string }[];

let nlp: Nlp;
beforeAll(() => {
  nlp = createNlp();
});
const boundIn = (p: { title: string; abstract: string }) =>
  analyseDocument(nlp, p.title, p.abstract).boundStems ?? [];

describe('boundStems', () => {
  it('marks a word that only qualifies another noun: "transformer" in "graph transformer networks"', () => {
    expect(boundIn(lenet)).toContain('transform');
    expect(boundIn(lenet)).toContain('digit');
  });

  it('does not mark a head, or a word beside vague words only ("attention mechanism")', () => {
    expect(boundIn(attention)).not.toContain('transform');
    expect(boundIn(attention)).not.toContain('attent');
    expect(boundIn(lenet)).not.toContain('network');
    expect(boundIn(lenet)).not.toContain('recognit');
  });
});
