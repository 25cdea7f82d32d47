// The role a word can play in a noun phrase, from wink's part of speech and the word itself.
// The word lists, and where they came from, are in lists/word-roles.json.
import { isCaseMarked } from './case-marks.ts';
import { hasLetter } from './letter-case.ts';
import lists from './lists/word-roles.json' with { type: 'json' };
import { listWords } from './word-list.ts';
import type { TokenColumns, WordRole } from './token-types.ts';

/**
 * Latin abbreviations of citations and asides, LaTeX commands left in abstracts
 * ("$\\widetilde{O}(n)$", "{\\rm GeV}") and HTML sub- and superscripts flattened into text
 * ("H/sub infinity/"), all of which wink tags as nouns.
 */
const NOT_TERMS = new Set(listWords(lists.lists['not-terms']));

/** `lower` (a lowercased word) is debris that names nothing, whatever its tag. */
export function isNotTerm(lower: string): boolean {
  return NOT_TERMS.has(lower);
}

/**
 * -ing forms that name a field or an operation ("machine learning", "image processing"). wink tags
 * them as verbs; as verbs in general they would let clauses into phrases ("model using data").
 */
export const NOMINAL_GERUNDS: ReadonlySet<string> = new Set(
  listWords(lists.lists['nominal-gerunds']),
);

/** Stop words in wink's list that are content words in a phrase: "side information". */
const CONTENT_STOP_WORDS = new Set(listWords(lists.lists['content-stop-words']));

/** Irregular past participles that commonly modify nouns ("hidden layer", "known structure"). */
const IRREGULAR_PARTICIPLES = new Set(listWords(lists.lists['irregular-participles']));

export function tokenRole(c: TokenColumns, i: number): WordRole {
  // Cheap tests first: this runs for every token.
  if (c.type[i] !== 'word') return 'other';
  const pos = c.pos[i];
  if (pos === 'PUNCT' || pos === 'ADP' || pos === 'DET' || pos === 'CCONJ' || pos === 'PRON') {
    return 'other';
  }
  const text = c.value[i];
  const marked = isCaseMarked(text);
  const lower = text.toLowerCase();
  if (!marked && (text.length < 2 || (c.stop[i] && !CONTENT_STOP_WORDS.has(lower)))) return 'other';
  if (NOT_TERMS.has(lower) || !hasLetter(text)) return 'other';
  // Abbreviations and initials with full stops: "w.h.p.", "i.i.d.", "C.".
  if (text.includes('.') && /^\p{L}\.(\p{L}\.?)*$/u.test(text)) return 'other';
  switch (pos) {
    case 'NOUN':
    case 'PROPN':
      return 'noun';
    case 'ADJ':
      return 'adj';
    case 'VERB':
      if (NOMINAL_GERUNDS.has(lower)) return 'noun';
      if (lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(lower)) return 'participle';
      return 'other';
    default:
      // An acronym is a term whatever wink makes of it ("LoRA" is sometimes tagged as a verb).
      return marked ? 'noun' : 'other';
  }
}

/** A compound's role follows its last part: "memory-efficient" is an adjective, "N:M" a noun. */
export function compoundRole(c: TokenColumns, from: number, to: number): WordRole {
  const text = c.value.slice(from, to + 1).join('');
  if (text.includes('_')) return 'other'; // code identifiers and LaTeX subscripts: "ell_1"

  if (!hasLetter(text)) return text.includes(':') ? 'adj' : 'other'; // "2:4 sparsity"
  const last = c.value[to].toLowerCase();
  if (/^\d+[A-Z]{1,2}$/.test(text)) return 'adj'; // "3D", "8B": modifiers, never heads
  switch (c.pos[to]) {
    case 'ADJ':
    case 'ADV': // "straight-forward", "well-known"
      return 'adj';
    case 'VERB':
      if (NOMINAL_GERUNDS.has(last)) return 'noun';
      return 'adj'; // "gradient-based", "pre-trained", "energy-saving"
    default:
      return 'noun';
  }
}
