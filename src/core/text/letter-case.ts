// Tests of a word's letter case that run for every word of every paper. Nearly all words are
// ASCII, where a character test decides at a fraction of a Unicode regex's cost; any other word
// goes to the regex, which stays the definition.

const STARTS_CAPITALISED = /^\p{Lu}\p{Ll}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWERCASE = /^\p{Ll}+$/u;
const LETTER = /\p{L}/u;

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A capital, then a lowercase letter: "Sinkhorn", "Newton-Schulz" (`/^\p{Lu}\p{Ll}/u`). */
export function startsCapitalised(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return isUpper(a) && isLower(b);
  if (a < 128 && !isUpper(a)) return false;
  return STARTS_CAPITALISED.test(text);
}

/** A capital and lowercase letters only: "Sinkhorn", not "LoRA" (`/^\p{Lu}\p{Ll}+$/u`). */
export function isCapitalised(text: string): boolean {
  if (text.length < 2) return CAPITALISED.test(text);
  const a = text.charCodeAt(0);
  if (a < 128 && !isUpper(a)) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return CAPITALISED.test(text);
    if (!isLower(c)) return false;
  }
  return a < 128 || CAPITALISED.test(text);
}

/** Lowercase letters only: "sparse" (`/^\p{Ll}+$/u`). */
export function isLowercase(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LOWERCASE.test(text);
    if (!isLower(c)) return false;
  }
  return true;
}

/** Any letter at all: not a number or punctuation (`/\p{L}/u`). */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text);
    if (isUpper(c) || isLower(c)) return true;
  }
  return false;
}
