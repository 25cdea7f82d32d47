// Finds acronyms that an abstract defines in parentheses, "sparse autoencoders (SAEs)" or
// "WINA (Weight Informed Neuron Activation)", so that the acronym and its expansion count as one
// phrase. The matching follows Schwartz & Hearst (PSB 2003): the acronym's letters must appear in
// order in the expansion, its first letter at the start of the expansion's first word; before a
// parenthesis, the shortest such run of words is the expansion.
import { isAcronym } from './case-marks.ts';
import type { Word } from './words.ts';

export interface AcronymDefinition {
  /** Index of the acronym word. */
  acronymIndex: number;
  /** Word indices of the expansion: [start, end). */
  start: number;
  end: number;
}

/** Longest expansion considered; Schwartz & Hearst allow min(|A| + 5, 2|A|) words. */
const MAX_EXPANSION_WORDS = 8;

export function findAcronymDefinitions(words: Word[]): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i].text !== '(') continue;
    const d = words[i + 2].text === ')' ? expansionBefore(words, i) : null;
    found.push(...(d ? [d] : expansionInside(words, i)));
  }
  return found;
}

/** "sparse autoencoders (SAEs)": `open` is the index of "(". */
function expansionBefore(words: Word[], open: number): AcronymDefinition | null {
  const acronym = words[open + 1].text;
  if (!isAcronym(acronym)) return null;
  const letters = acronymLetters(acronym);
  // The expansion is made of phrase words right before the parenthesis, in the same sentence.
  let first = open;
  while (
    first > 0 &&
    open - first < expansionLimit(letters) &&
    words[first - 1].role !== 'other' &&
    words[first - 1].sentence === words[open].sentence
  ) {
    first--;
  }
  for (let start = open - 1; start >= first; start--) {
    // One word can only expand an acronym if it is a compound: "Mixture-of-Experts (MoE)".
    if (start === open - 1 && !/[-:/]/.test(words[start].text)) continue;
    if (matchesAcronym(letters, joinWords(words, start, open))) {
      return { acronymIndex: open + 1, start, end: open };
    }
  }
  return null;
}

/** "WINA (Weight Informed Neuron Activation)": the whole parenthesis is the expansion. */
function expansionInside(words: Word[], open: number): AcronymDefinition[] {
  const acronym = words[open - 1].text;
  if (!isAcronym(acronym)) return [];
  const letters = acronymLetters(acronym);
  let close = open + 1;
  while (
    close < words.length &&
    close - open <= expansionLimit(letters) &&
    words[close].role !== 'other'
  ) {
    close++;
  }
  if (close >= words.length || words[close].text !== ')' || close - open < 3) return [];
  if (!matchesAcronym(letters, joinWords(words, open + 1, close))) return [];
  return [{ acronymIndex: open - 1, start: open + 1, end: close }];
}

function expansionLimit(letters: string): number {
  return Math.min(letters.length + 5, letters.length * 2, MAX_EXPANSION_WORDS);
}

function joinWords(words: Word[], start: number, end: number): string {
  return words
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
}

/** Lowercased letters and digits of an acronym, without a plural "s": "SAEs" -> "sae". */
export function acronymLetters(acronym: string): string {
  const singular = /[A-Z0-9]s$/.test(acronym) ? acronym.slice(0, -1) : acronym;
  return singular.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Schwartz & Hearst's match, right to left: every letter of the acronym is found in order, and
 * the first one starts the expansion's first word.
 */
function matchesAcronym(letters: string, long: string): boolean {
  const text = long.toLowerCase();
  let l = text.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s];
    if (s === 0) {
      // The first letter must begin a word, and that word must be the expansion's first.
      while (l >= 0 && !(text[l] === c && (l === 0 || !isAlnum(text[l - 1])))) l--;
      return l === 0;
    }
    while (l >= 0 && text[l] !== c) l--;
    if (l < 0) return false;
    l--;
  }
  return false;
}

function isAlnum(c: string): boolean {
  return /[a-z0-9]/.test(c);
}

/**
 * "LLMs" used with "Large Language Models" but never defined in parentheses: a run of phrase
 * words whose initials spell exactly the acronym (a compound may give one letter per part,
 * "Vision-Language Models" for "VLMs"). Stricter than Schwartz & Hearst, since nothing but the
 * letters ties the two together. `letters` are from `acronymLetters`; `initials[i]` are the
 * lowercased initials of word i's parts.
 */
export function findSpelledOut(
  words: Word[],
  initials: string[],
  letters: string,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (!/^[a-z]{2,8}$/.test(letters)) return found;
  for (let start = 0; start < words.length; start++) {
    if (initials[start][0] !== letters[0]) continue;
    let k = 0;
    let end = start;
    while (k < letters.length && end < words.length) {
      const w = words[end];
      if (w.role === 'other' || w.sentence !== words[start].sentence) break;
      const i = initials[end];
      if (i.length > 1 && letters.startsWith(i, k)) k += i.length;
      else if (i[0] === letters[k]) k++;
      else break;
      end++;
    }
    if (k === letters.length) found.push({ start, end });
  }
  return found;
}

/** Lowercased initials of a word's hyphen-separated parts: "Vision-Language" -> "vl". */
export function initialsOf(text: string): string {
  let out = text.length > 0 ? text[0].toLowerCase() : '';
  for (let i = text.indexOf('-'); i >= 0 && i + 1 < text.length; i = text.indexOf('-', i + 1)) {
    out += text[i + 1].toLowerCase();
  }
  return out;
}
