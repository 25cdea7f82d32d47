// "Why related" terms as the two papers write them. A single-word feature is a lemma, shown in
// the corpus's readable form ("child", "LLM"); between two papers that write "children" or
// "LLMs", the link should say so.

import type { AnalysedDoc } from '../types.ts';
import type { VectorSpace } from './vectors.ts';

/**
 * A feature's text for the link between papers `source` and `target`: for a lemma, the form both
 * papers write, keeping the corpus's capitals ("Hessians" from "hessians" when the corpus writes
 * "Hessian"); when they write it differently ("matrix", "matrices"), and for phrases, the corpus's
 * readable form.
 */
export function termForms(
  space: Pick<VectorSpace, 'features' | 'lemmas'>,
  docs: readonly AnalysedDoc[],
): (feature: number, source: number, target: number) => string {
  return (f, source, target) => {
    const lemma = space.lemmas[f];
    const readable = space.features[f];
    if (lemma === null) return readable;
    const form = docs[source]?.lemmaForms?.[lemma] ?? lemma;
    if (form !== (docs[target]?.lemmaForms?.[lemma] ?? lemma)) return readable;
    if (form.toLowerCase() === readable.toLowerCase()) return readable;
    // The corpus's capitals, the papers' ending: "Hessian" + "s".
    if (readable !== lemma && form.toLowerCase().startsWith(lemma))
      return readable + form.slice(lemma.length);
    return form;
  };
}
