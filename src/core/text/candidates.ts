// Candidate keyphrases: noun phrases of the pattern (ADJ | NOUN | PROPN)* (NOUN | PROPN), with
// compounds as single words, found within one sentence between punctuation and function words.
// The participle list, and where it came from, is in lists/candidates.json.
import { isGenericModifier, isGenericNoun } from './generic-words.ts';
import lists from './lists/candidates.json' with { type: 'json' };
import { listWords } from './word-list.ts';
import type { Word } from './words.ts';

/** Longest candidate, in words: longer noun runs are rarely one term. */
export const MAX_PHRASE_WORDS = 5;

/** A candidate occurrence: word indices [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Parts of speech after which a past participle starts a noun phrase ("a structured matrix",
 * "with reduced storage"). After a noun or an auxiliary it is a verb ("the model achieved high
 * accuracy", "has garnered interest").
 */
const PARTICIPLE_OPENERS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Participles that name a kind of thing even right after a noun, when a noun follows:
 * "N:M structured sparsity", "cardinality constrained mixture", "graph based methods".
 */
const ADJECTIVAL_PARTICIPLES = new Set(listWords(lists.lists['adjectival-participles']));

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** `stems[i]` is the normalised form of word i, used to recognise generic nouns. */
export function findCandidates(words: Word[], stems: string[], skip: Set<number>): Span[] {
  const spans: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) pushRun(words, stems, start, end, spans);
    start = -1;
  };
  for (let i = 0; i < words.length; i++) {
    if (skip.has(i)) {
      close(i);
      continue;
    }
    if (start >= 0 && continues(words, i)) continue;
    close(i);
    if (canStart(words, i)) start = i;
  }
  close(words.length);
  return spans;

  function canStart(ws: Word[], i: number): boolean {
    const w = ws[i];
    if (w.role === 'noun' || w.role === 'adj') return true;
    if (w.role !== 'participle') return false;
    const prev = i > 0 && ws[i - 1].sentence === w.sentence ? ws[i - 1] : null;
    return prev === null || PARTICIPLE_OPENERS.has(prev.pos);
  }

  function continues(ws: Word[], i: number): boolean {
    const w = ws[i];
    if (ws[i - 1].sentence !== w.sentence) return false;
    if (w.role === 'noun' || w.role === 'adj') return true;
    if (w.role !== 'participle') return false;
    // A participle inside a phrase follows a modifier ("sparse structured matrices"), or is
    // adjectival and followed by a noun or adjective.
    if (ws[i - 1].role === 'adj') return true;
    const next = i + 1 < ws.length && ws[i + 1].sentence === w.sentence ? ws[i + 1] : null;
    return (
      ADJECTIVAL_PARTICIPLES.has(w.text.toLowerCase()) &&
      next !== null &&
      (next.role === 'noun' || next.role === 'adj')
    );
  }
}

/** Trims a maximal run to a candidate and records it, if anything useful is left. */
function pushRun(words: Word[], stems: string[], start: number, end: number, out: Span[]) {
  // The head must be a noun.
  while (end > start && words[end - 1].role !== 'noun') end--;
  // Generic openers ("novel", "proposed") go.
  while (start < end && isGenericModifier(words[start].text.toLowerCase())) start++;
  if (end - start > MAX_PHRASE_WORDS) start = end - MAX_PHRASE_WORDS;
  if (start >= end) return;
  let allGeneric = true;
  for (let i = start; i < end; i++) {
    const lower = words[i].text.toLowerCase();
    if (!isGenericModifier(lower) && !isGenericNoun(stems[i])) allGeneric = false;
  }
  if (allGeneric) return;
  // A lone single letter or a bare number is not a phrase.
  // Nor is a roman numeral ("II" of "Part II", "type II" keeps it).
  if (end - start === 1 && (!/\p{L}{2}/u.test(words[start].text) || ROMAN.test(words[start].text)))
    return;
  out.push({ start, end });
}
