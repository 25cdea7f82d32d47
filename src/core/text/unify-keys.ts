// One key for one thing across the corpus, decided after every paper is analysed (analysis runs
// per paper, on worker threads) and before anything counts phrases: keyphrase ranking, the
// vectors' phrase features, why-related terms and cluster labels all read the keys made here.
// A paper's acronyms without an expansion of their own take the corpus's one
// (corpus-acronyms.ts), and compounds take their closed spelling (compound-keys.ts); phrases of
// a paper that now share a key become one.
import type { AnalysedDoc, PhraseOccurrence } from '../types.ts';
import { closedCompounds, type KeyCanon } from './compound-keys.ts';
import { corpusAcronyms } from './corpus-acronyms.ts';

export function unifyPhraseKeys(docs: AnalysedDoc[]): AnalysedDoc[] {
  const keys = new Set<string>();
  for (const d of docs) for (const p of d.phrases) keys.add(p.key);
  const canon = closedCompounds(keys);
  const dictionary = corpusAcronyms(docs, canon);
  return docs.map((d) => unifyDoc(d, canon, dictionary));
}

function unifyDoc(doc: AnalysedDoc, canon: KeyCanon, dictionary: Map<string, string>): AnalysedDoc {
  const borrowed = new Map<string, string>();
  for (const token of doc.acronyms?.unexplained ?? []) {
    const expansion = dictionary.get(token);
    if (expansion) borrowed.set(token, expansion);
  }
  let changed = false;
  const merged = new Map<string, PhraseOccurrence>();
  for (const p of doc.phrases) {
    const expanded = borrowed.size > 0 ? expandAcronyms(p.key, borrowed) : p.key;
    const key = canon(expanded);
    const phrase: PhraseOccurrence =
      key === p.key ? p : { ...p, key, ...(expanded !== p.key ? { acronym: true } : {}) };
    changed ||= phrase !== p;
    const earlier = merged.get(key);
    merged.set(key, earlier ? combine(earlier, phrase) : phrase);
  }
  return changed ? { ...doc, phrases: [...merged.values()] } : doc;
}

function expandAcronyms(key: string, borrowed: Map<string, string>): string {
  return key
    .split(' ')
    .map((token) => borrowed.get(token) ?? token)
    .join(' ');
}

/**
 * Two phrases of one paper that turned out to have one key ("LLMs" and "large language models"
 * where the paper spells it out without defining it): their counts add up, and the written form
 * is the one without an acronym, else the more frequent, else the earlier.
 */
function combine(a: PhraseOccurrence, b: PhraseOccurrence): PhraseOccurrence {
  const shown = readsBetter(a, b) ? a : b;
  return {
    key: a.key,
    surface: shown.surface,
    firstPosition: Math.min(a.firstPosition, b.firstPosition),
    count: a.count + b.count,
    inTitle: a.inTitle || b.inTitle,
    ...(shown.acronym ? { acronym: true as const } : {}),
  };
}

function readsBetter(a: PhraseOccurrence, b: PhraseOccurrence): boolean {
  if (!a.acronym !== !b.acronym) return !a.acronym;
  if (a.count !== b.count) return a.count > b.count;
  return a.firstPosition <= b.firstPosition;
}
