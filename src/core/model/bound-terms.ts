// A shared word explains a link only where both papers use it on its own: LeNet's "graph
// transformer networks" do not make it a paper about transformers (see text/bound-words.ts).
// The word still counts for similarity; it is only not offered as the reason. Where both papers
// share the longer phrase, the phrase is the shared term and names the link better anyway.

import type { AnalysedDoc } from '../types.ts';
import { lemmaStems } from './explainable.ts';
import type { VectorSpace } from './vectors.ts';

/** Whether feature `f` may explain a link of paper `paper`: a phrase, or a word it uses alone. */
export function standsAloneTest(
  space: Pick<VectorSpace, 'lemmas'>,
  docs: readonly AnalysedDoc[],
): (feature: number, paper: number) => boolean {
  const bound = new Map<number, Set<string>>();
  const stems = new Map<number, string[]>();
  return (f, paper) => {
    const lemma = space.lemmas[f];
    const list = docs[paper]?.boundStems;
    if (lemma === null || !list) return true;
    let b = bound.get(paper);
    if (!b) bound.set(paper, (b = new Set(list)));
    let s = stems.get(f);
    if (!s) stems.set(f, (s = lemmaStems(lemma)));
    return !s.every((x) => b.has(x));
  };
}
