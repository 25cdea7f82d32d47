// How a lemma feature reads: lemmas are lowercased, but a reader knows "LLM", "GPU", "Hessian"
// and "LoRA" by their capitals. The casing comes from the words of the corpus's candidate
// phrases, whose sentence-initial and title capitals the text stage has already undone.

import type { AnalysedDoc } from '../types.ts';

/**
 * The written form of each lemma: its most frequent spelling among the words of candidate
 * phrases, made singular as the lemma is ("LLMs" -> "LLM"); the lemma itself when phrases do not
 * spell it otherwise. Ties go to the lemma, then to the alphabetically first spelling.
 */
export function lemmaForms(docs: readonly AnalysedDoc[], lemmas: readonly string[]): string[] {
  const known = new Set(lemmas);
  const tallies = new Map<string, Map<string, number>>();
  for (const d of docs)
    for (const p of d.phrases)
      for (const word of p.surface.split(/[\s-]+/)) {
        const lower = word.toLowerCase();
        let lemma = lower;
        let form = word;
        if (!known.has(lower)) {
          if (!lower.endsWith('s') || !known.has(lower.slice(0, -1))) continue;
          lemma = lower.slice(0, -1);
          form = word.slice(0, -1);
        }
        let t = tallies.get(lemma);
        if (!t) tallies.set(lemma, (t = new Map()));
        t.set(form, (t.get(form) ?? 0) + p.count);
      }
  return lemmas.map((lemma) => {
    let best = lemma;
    let bestCount = 0;
    for (const [form, n] of tallies.get(lemma) ?? []) {
      const better = n > bestCount || (n === bestCount && best !== lemma && form < best);
      if (better || (n === bestCount && form === lemma)) {
        best = form;
        bestCount = n;
      }
    }
    return best;
  });
}
