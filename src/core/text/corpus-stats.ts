// Corpus statistics for ranking candidate keyphrases: in how many documents a phrase occurs, and
// how a phrase is most often written across the corpus.
import type { AnalysedDoc } from '../types.ts';

/**
 * Contiguous sub-phrases (by whole stems) of a key, the key included. A phrase "occurs" in a
 * document when it is a candidate there or part of a longer one: "sparsity" occurs in a paper on
 * "N:M sparsity training".
 */
export function subPhrases(key: string): string[] {
  const stems = key.split(' ');
  const out: string[] = [];
  for (let from = 0; from < stems.length; from++) {
    let sub = stems[from];
    out.push(sub);
    for (let to = from + 1; to < stems.length; to++) {
      sub += ' ' + stems[to];
      out.push(sub);
    }
  }
  return out;
}

export interface CorpusStatistics {
  /** In how many documents a key occurs, on its own or inside a longer candidate (at least 1). */
  documentFrequency: (key: string) => number;
  /**
   * Per document, aligned with its `phrases`: how often each candidate occurs, counting its
   * occurrences inside the document's longer candidates ("sparse autoencoders" in "TopK sparse
   * autoencoders").
   */
  occurrences: Int32Array[];
}

export function corpusStatistics(docs: AnalysedDoc[]): CorpusStatistics {
  // Only candidates need a document frequency; `lastDoc` counts each document once.
  const entries = new Map<string, { df: number; lastDoc: number; local: number }>();
  for (const d of docs) {
    for (const p of d.phrases) {
      if (!entries.has(p.key)) entries.set(p.key, { df: 0, lastDoc: -1, local: -1 });
    }
  }
  const occurrences = docs.map((d, di) => {
    const own = d.phrases.map((p) => entries.get(p.key)!);
    own.forEach((e, j) => (e.local = j));
    const counts = new Int32Array(d.phrases.length);
    d.phrases.forEach((p, j) => {
      counts[j] += p.count;
      const e = own[j];
      if (e.lastDoc !== di) {
        e.lastDoc = di;
        e.df++;
      }
      if (p.key.indexOf(' ') < 0) return;
      for (const sub of subPhrases(p.key)) {
        const s = sub === p.key ? undefined : entries.get(sub);
        if (!s) continue;
        if (s.lastDoc !== di) {
          s.lastDoc = di;
          s.df++;
        }
        if (s.local >= 0) counts[s.local] += p.count;
      }
    });
    for (const e of own) e.local = -1;
    return counts;
  });
  return { documentFrequency: (key) => entries.get(key)?.df || 1, occurrences };
}

/**
 * The written form of each key used by the most documents. A form that spells out an expansion
 * comes before one that abbreviates it ("sparse autoencoders" before "SAEs", however many papers
 * write the acronym). Ties go to the form with fewer capitals (casing left over from an
 * expansion or a heading), then to the alphabetically first.
 */
export function readableForms(
  docs: readonly AnalysedDoc[],
  keys: ReadonlySet<string>,
): Map<string, string> {
  const tallies = new Map<string, Map<string, Tally>>();
  for (const d of docs) {
    for (const p of d.phrases) {
      if (!keys.has(p.key)) continue;
      let t = tallies.get(p.key);
      if (!t) tallies.set(p.key, (t = new Map()));
      const tally = t.get(p.surface);
      if (tally) {
        tally.documents++;
        tally.acronym ||= !!p.acronym;
      } else t.set(p.surface, { documents: 1, acronym: !!p.acronym });
    }
  }
  const forms = new Map<string, string>();
  for (const [key, t] of tallies) {
    let best: [string, Tally] | null = null;
    for (const entry of t) if (best === null || preferForm(entry, best)) best = entry;
    forms.set(key, best![0]);
  }
  return forms;
}

interface Tally {
  documents: number;
  /** Some paper writes it with an acronym for the expansion. */
  acronym: boolean;
}

function capitals(s: string): number {
  let n = 0;
  for (const c of s) if (c !== c.toLowerCase()) n++;
  return n;
}

function preferForm([a, ta]: [string, Tally], [b, tb]: [string, Tally]): boolean {
  if (ta.acronym !== tb.acronym) return !ta.acronym;
  if (ta.documents !== tb.documents) return ta.documents > tb.documents;
  const ca = capitals(a);
  const cb = capitals(b);
  return ca !== cb ? ca < cb : a < b;
}
