// The default corpus as the pipeline reads it (listing reader + normalisation), for tests of
// later stages that want real abstracts.
import { readFileSync } from 'node:fs';
import { readRecords } from '../../../src/core/ingest/index.ts';
import { isRejected, toPaper } from '../../../src/core/papers.ts';

export function seedCorpusPapers(): { title: string; abstract: string }[] {
  const text = readFileSync('data/sparsity-papers.txt', 'utf8');
  return readRecords(text, 'sparsity-papers.txt', 'listing').records.flatMap((record) => {
    const paper = toPaper(record);
    return isRejected(paper) ? [] : [{ title: paper.title, abstract: paper.abstract }];
  });
}
