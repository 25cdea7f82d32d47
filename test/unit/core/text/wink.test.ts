import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../../../src/core/text/analyse-all.ts';
import { createNlp } from '../../../../src/core/text/wink.ts';
import { seedCorpusPapers } from '../../support/seed-corpus.ts';

const reversed = <T>(items: readonly T[]) => [...items].reverse();

const tokensOf = (bundle: ReturnType<typeof createNlp>, text: string) =>
  bundle.nlp.readDoc(text).tokens().out(bundle.its.value);

describe('createNlp reads every text as a fresh instance would', () => {
  it('splits a possessive the same way after a text that kept it whole before a comma', () => {
    const bundle = createNlp();
    const before = tokensOf(bundle, "Heisenberg's EDR is violated.");
    expect(before.slice(0, 2)).toEqual(['Heisenberg', "'s"]);
    // wink keeps "Heisenberg's" whole before a comma and, without care, remembers it that way.
    expect(tokensOf(bundle, "those including Heisenberg's, Lieb's and Ozawa's.")).toContain(
      "Heisenberg's",
    );
    expect(tokensOf(bundle, "Heisenberg's EDR is violated.")).toEqual(before);
  });

  it('analyses each paper the same whatever the instance read before (two orders, two slicings)', () => {
    const triggers = [
      {
        title: "Tests of Heisenberg's, Lieb's and Ozawa's relations",
        abstract: "We test Heisenberg's, Ozawa's and Lieb's bounds.",
      },
      {
        title: "Heisenberg's EDR revisited",
        abstract: "Ozawa's inequality and Heisenberg's EDR are compared.",
      },
    ];
    const papers = [...triggers, ...seedCorpusPapers().slice(0, 20), ...reversed(triggers)];
    const forward = analyseAll(createNlp(), papers);
    const backward = reversed(analyseAll(createNlp(), reversed(papers)));
    const sliced = [
      ...analyseAll(createNlp(), papers.slice(0, 11)),
      ...analyseAll(createNlp(), papers.slice(11)),
    ];
    expect(backward).toEqual(forward);
    expect(sliced).toEqual(forward);
    // The same paper read first and last (after every other text) gives the same analysis.
    expect(forward.at(-1)).toEqual(forward[0]);
  });
});
