import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../src/core/text/analyse.ts';
import { createNlp, type Nlp } from '../../../../src/core/text/wink.ts';

let nlp: Nlp;
beforeAll(() => {
  nlp = createNlp();
});

/** True when `sub` is `all` with some entries left out, in the same order. */
function isSubList(sub: string[], all: string[]): boolean {
  let i = 0;
  for (const x of all) if (i < sub.length && sub[i] === x) i++;
  return i === sub.length;
}

describe('content lemmas and noun lemmas', () => {
  const text =
    "The model's sparse attention significantly reduces the KV cache. Our method requires " +
    'fewer tokens and yields robust LLMs; the data show that pruning converges relatively fast.';

  it('drop the possessive, adverbs and debris, and keep content words', () => {
    const d = analyseDocument(nlp, '', text);
    expect(d.lemmas).not.toContain("'s");
    expect(d.lemmas).not.toContain('significantly');
    expect(d.lemmas).not.toContain('relatively');
    for (const l of d.lemmas) expect(l).toMatch(/\p{L}/u);
    for (const w of ['attention', 'cache', 'token', 'llm', 'pruning', 'require', 'robust'])
      expect(d.lemmas).toContain(w);
  });

  it('reads "data" as a reader writes it, not as "datum"', () => {
    const d = analyseDocument(nlp, '', text);
    expect(d.lemmas).toContain('data');
    expect(d.lemmas).not.toContain('datum');
  });

  it('mark nouns, acronyms and field gerunds as nouns, and verbs and adjectives not', () => {
    const d = analyseDocument(nlp, '', text);
    expect(isSubList(d.nounLemmas!, d.lemmas)).toBe(true);
    for (const w of ['attention', 'cache', 'token', 'llm', 'pruning', 'model'])
      expect(d.nounLemmas).toContain(w);
    for (const w of ['require', 'yield', 'robust', 'sparse', 'reduce'])
      expect(d.nounLemmas).not.toContain(w);
  });

  it('do not take the final "s" of a name for a plural', () => {
    const d = analyseDocument(nlp, '', 'We study the Higgs boson and Maxwell equations.');
    expect(d.lemmas).toContain('higgs');
  });

  it('count a compound by its head: "long-context" is about context', () => {
    const d = analyseDocument(nlp, '', 'We train long-context models.');
    expect(d.lemmas).toEqual(expect.arrayContaining(['long', 'context']));
    expect(d.nounLemmas).toContain('context');
    expect(d.nounLemmas).not.toContain('long');
  });
});
