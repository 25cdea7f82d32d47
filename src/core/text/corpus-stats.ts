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
 * The written form of each key used by the most documents. Ties go to the form with fewer
 * capitals (casing left over from an expansion or a heading), then to the alphabetically first.
 */
export function readableForms(
  docs: readonly AnalysedDoc[],
  keys: ReadonlySet<string>,
): Map<string, string> {
  const tallies = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const p of d.phrases) {
      if (!keys.has(p.key)) continue;
      let t = tallies.get(p.key);
      if (!t) tallies.set(p.key, (t = new Map()));
      t.set(p.surface, (t.get(p.surface) ?? 0) + 1);
    }
  }
  const forms = new Map<string, string>();
  for (const [key, t] of tallies) {
    let best = '';
    let bestCount = -1;
    for (const [surface, n] of t) {
      if (n > bestCount || (n === bestCount && preferForm(surface, best))) {
        best = surface;
        bestCount = n;
      }
    }
    forms.set(key, best);
  }
  return forms;
}

function capitals(s: string): number {
  let n = 0;
  for (const c of s) if (c !== c.toLowerCase()) n++;
  return n;
}

function preferForm(a: string, b: string): boolean {
  const ca = capitals(a);
  const cb = capitals(b);
  return ca !== cb ? ca < cb : a < b;
}
