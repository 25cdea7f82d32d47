// The papers that mention a phrase. Each paper's title, abstract and keywords (extracted and the
// authors') are prepared
// once per map, with the acronyms the map defines written out; a phrase then costs one scan.
import { AcronymCollector, expandInText, phraseKeys, type AcronymTable } from './acronyms.ts';
import { CorpusBuilder, docsContaining, type PreparedCorpus } from './phrase-corpus.ts';

export interface PaperText {
  key: string;
  title: string;
  abstract: string;
  keywords: readonly string[];
}

export interface PhraseIndex {
  acronyms: AcronymTable;
  /**
   * The papers whose title, abstract or keyphrases contain the phrase or a variant of it
   * (case, plural, hyphens and spacing, an acronym the map defines); none for a phrase without
   * words. Remembered: the chosen filters and the suggestions on screen ask again and again.
   */
  papersMatching(phrase: string): ReadonlySet<string>;
}

const REMEMBERED = 256;

function phraseIndex(
  keys: readonly string[],
  acronyms: AcronymTable,
  corpus: PreparedCorpus,
): PhraseIndex {
  const memo = new Map<string, ReadonlySet<string>>();
  return {
    acronyms,
    papersMatching(phrase) {
      const hit = memo.get(phrase);
      if (hit) return hit;
      const found = new Set<string>();
      for (const key of phraseKeys(phrase, acronyms))
        for (const doc of docsContaining(corpus, key)) found.add(keys[doc]);
      if (memo.size >= REMEMBERED) memo.delete(memo.keys().next().value!);
      memo.set(phrase, found);
      return found;
    },
  };
}

/** The work, in steps of `chunkSize` papers (a yield between them); returns the index. */
function* build(papers: readonly PaperText[], chunkSize: number): Generator<void, PhraseIndex> {
  const collector = new AcronymCollector();
  for (let i = 0; i < papers.length; i++) {
    collector.add(papers[i].title);
    collector.add(papers[i].abstract);
    if ((i + 1) % chunkSize === 0) yield;
  }
  const acronyms = collector.table();
  const builder = new CorpusBuilder(expandInText(acronyms));
  for (let i = 0; i < papers.length; i++) {
    const p = papers[i];
    // The keyphrases as one segment: "; " ends a phrase, so none runs into the next.
    builder.add([p.title, p.abstract, p.keywords.join('; ')]);
    if ((i + 1) % chunkSize === 0) yield;
  }
  return phraseIndex(
    papers.map((p) => p.key),
    acronyms,
    builder.finish(),
  );
}

export function buildPhraseIndex(papers: readonly PaperText[]): PhraseIndex {
  const steps = build(papers, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same index, built in chunks that yield to the browser between them. */
export async function buildPhraseIndexInChunks(
  papers: readonly PaperText[],
  chunkSize = 250,
): Promise<PhraseIndex> {
  const steps = build(papers, chunkSize);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
