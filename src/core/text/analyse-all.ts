// Analyses a batch of papers with one NLP instance, reporting progress as it goes.
import type { AnalysedDoc } from '../types.ts';
import { analyseDocument } from './analyse.ts';
import type { Nlp } from './wink.ts';

export function analyseAll(
  nlp: Nlp,
  texts: { title: string; abstract: string }[],
  onProgress: (done: number) => void = () => {},
): AnalysedDoc[] {
  return texts.map((t, i) => {
    if (i % 100 === 99) onProgress(i + 1);
    return analyseDocument(nlp, t.title, t.abstract);
  });
}
