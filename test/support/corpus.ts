// Corpora of any size for tests of larger builds, made from the repository's own 47 papers (so
// they need nothing from outside the repository): each new paper keeps the opening sentences of
// one abstract and takes the rest from others, chosen by a seeded generator, so that vocabulary
// and topics stay those of real abstracts.
import { readFileSync } from 'node:fs';
import { readRecords } from '../../src/core/ingest/index.ts';
import { createRandom } from '../../src/core/model/random.ts';

const SOURCE = 'data/sparsity-papers.txt';

/** A JSONL corpus of `size` papers, the same for the same size and seed. */
export function recombinedCorpus(size: number, seed = 1): string {
  const { records } = readRecords(readFileSync(SOURCE, 'utf8'), SOURCE, 'listing');
  const sources = records.map((r) => ({
    title: r.title ?? '',
    sentences: (r.abstract ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/),
  }));
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const base = sources[i % sources.length]!;
    const head = base.sentences.slice(0, Math.ceil(base.sentences.length / 2));
    const tail = [pick(sources), pick(sources)].flatMap((s) =>
      s.sentences.slice(Math.floor(s.sentences.length / 2)),
    );
    const abstract = [...head, ...tail].join(' ');
    lines.push(JSON.stringify({ id: `p${i}`, title: `${base.title} (${i})`, abstract }));
  }
  return lines.join('\n') + '\n';
}
