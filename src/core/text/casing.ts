// Readable casing for phrases. Capitals that come from title case, a sentence start or an
// acronym's expansion ("Sparse Autoencoders (SAEs)") say nothing about the words and are undone;
// a word capitalised in running text is a name ("Sinkhorn", "Kronecker") and keeps its capital
// wherever it appears in the document; acronyms keep their casing always.
import { isCaseMarked } from './case-marks.ts';
import { isCapitalised, isLowercase } from './letter-case.ts';
import lists from './lists/casing.json' with { type: 'json' };
import { listWords } from './word-list.ts';
import type { Word } from './words.ts';

/**
 * Title case ("Accelerating Sinkhorn Algorithm with Sparse Newton Iterations") hides which words
 * are names and makes wink tag every word as a proper noun; such a title is tagged in lower case.
 */
export function undoTitleCase(title: string): string {
  const long = title.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (long.length < 2 || capitalised / long.length < 0.6) return title;
  return title.replace(/\b[A-Z][a-z]+\b|\bA\b(?![-:/]\w)/g, (w) => w.toLowerCase());
}

/**
 * A title in capitals ("CUPROUS OXIDE PHOTOVOLTAIC CELLS", from older catalogues) hides every
 * word's casing, and wink reads each word as an acronym. Such a title is read in lower case, but
 * a word the abstract writes with capitals keeps the abstract's form ("ZnO"), and a short word
 * that is not a function word stays an acronym ("DNA REPAIR IN YEAST"). Only the analysis reads
 * it so: the paper's title stays as written.
 */
export function undoCapitals(title: string, abstract: string): string {
  const long = title.match(/\p{L}{4,}/gu) ?? [];
  const capitals = long.filter((w) => !/\p{Ll}/u.test(w)).length;
  if (long.length < 2 || capitals / long.length < 0.6) return title;
  const written = new Map<string, string>();
  for (const w of abstract.match(/[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu) ?? [])
    if (/\p{Lu}.*\p{Lu}|\p{Ll}.*\p{Lu}|\p{N}/u.test(w) && !written.has(w.toLowerCase()))
      written.set(w.toLowerCase(), w);
  return title.replace(/[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu, (w) =>
    /\p{Ll}/u.test(w)
      ? w
      : (written.get(w.toLowerCase()) ??
        (w.length <= 3 && !SHORT_WORDS.has(w.toLowerCase()) ? w : w.toLowerCase())),
  );
}

/** Short words of titles that are not acronyms when written in capitals. */
const SHORT_WORDS = new Set(listWords(lists.lists['short-title-words']));

export interface CasingEvidence {
  /** Names by lowercase form. */
  names: Map<string, string>;
  /** Words seen in lowercase in running text. */
  lowercase: Set<string>;
}

/**
 * Words always capitalised in running text, by lowercase form: evidence that they are names
 * ("Sinkhorn", "Kronecker-structured"). "Diffusion" in "Stable Diffusion" is no name where
 * "diffusion models" appears too; and words of a capitalised group ("Mutual Choice SAEs") are
 * the name of the group, not names on their own.
 */
export function collectNames(words: Word[], inExpansion: Uint8Array): CasingEvidence {
  const names = new Map<string, string>();
  const lowercase = new Set<string>();
  const capitalised = (i: number) => i >= 0 && i < words.length && isCapitalised(words[i].text);
  words.forEach((w, i) => {
    if (w.role === 'other' || w.inTitle || w.sentenceInitial || inExpansion[i] === 1) return;
    const grouped = capitalised(i - 1) || capitalised(i + 1);
    for (const part of w.text.includes('-') ? w.text.split('-') : [w.text]) {
      if (isCapitalised(part)) {
        if (!grouped) names.set(part.toLowerCase(), part);
      } else if (isLowercase(part)) lowercase.add(part);
    }
  });
  for (const l of lowercase) names.delete(l);
  return { names, lowercase };
}

/**
 * The word as a reader should see it inside a phrase. In running text it stays as written,
 * unless a capital is contradicted by the same word in lower case elsewhere ("N:M Structured
 * sparsity" where "structured" appears too).
 */
export function readableWord(w: Word, inExpansion: boolean, evidence: CasingEvidence): string {
  if (isCaseMarked(w.text)) return w.text;
  if (!w.inTitle && !w.sentenceInitial && !inExpansion) {
    if (!isCapitalised(w.text)) return w.text;
    const lower = w.text.toLowerCase();
    return evidence.lowercase.has(lower) && !evidence.names.has(lower) ? lower : w.text;
  }
  return w.text
    .split('-')
    .map((part) =>
      isCaseMarked(part) ? part : (evidence.names.get(part.toLowerCase()) ?? part.toLowerCase()),
    )
    .join('-');
}
