// Whether a text contains a phrase the way a reader means it: case, Unicode form, Latin accents,
// hyphens and spacing ("auto-encoders", "auto encoders", "autoencoders") and regular plurals
// ("autoencoder"/"autoencoders") don't matter; words do ("attention" is not "attentional", and
// "prune" is not found inside "pruned"). Pure; phrase-corpus.ts applies it to a whole map.
//
// The rules, in order:
// - Text is NFKC-normalised (ligatures, full-width letters, "ℓ" → "l"), accents on Latin letters
//   are dropped ("naïve" = "naive"), and everything is lowercased.
// - A word is a run of letters, digits and marks in any script; in scripts written without spaces
//   (Han, Hiragana, Katakana, Thai) every character is a word, so a phrase there is found anywhere.
// - Plurals are folded per word, lightly (see `foldPlural`); irregular ones (matrices, analyses)
//   are not.
// - A phrase matches a run of whole words whose concatenation equals the phrase's: where the
//   words split is free (that is what makes hyphens and spaces interchangeable), where the run
//   starts and ends is not. A run does not cross sentence or clause punctuation (". , ; ( ) …")
//   unless the phrase has it there too.
// - Text is only ever data: a phrase like "<b>x</b>" is the words "b x b".

export interface Token {
  /** As written (after Unicode normalisation), for case-sensitive uses such as acronyms. */
  surface: string;
  /** Lowercased and plural-folded: what matching compares. */
  word: string;
  /** Punctuation that ends a phrase (a sentence or clause break) comes before this word. */
  breakBefore: boolean;
}

const GAP = /([^\p{L}\p{N}\p{M}]+)/u;
const NO_SPACE_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}';
const HAS_NO_SPACE = new RegExp(`[${NO_SPACE_SCRIPTS}]`, 'u');
const NO_SPACE_SPLIT = new RegExp(
  `[${NO_SPACE_SCRIPTS}]|(?:(?![${NO_SPACE_SCRIPTS}])[\\p{L}\\p{N}\\p{M}])+`,
  'gu',
);
/** Between two words, these end a phrase, unless one stands alone between them ("N:M", "3.5"). */
const BREAKS = '.,;:!?()[]{}<>"“”«»|…';
const JOINS = '.,:';
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/u;

/** NFKC, Latin letters without accents; case is kept. */
export function normaliseText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/(\p{sc=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/**
 * One form for singular and plural English words: "-ies" → "-y"; "-es" after ss, x, ch and sh
 * dropped; "-che" → "-ch" (so "cache"/"caches" meet); else a final "-s" dropped unless the word
 * ends in "ss" (loss). Words of fewer than three letters are kept. It is applied to texts and
 * phrases alike, so a fold that cuts a singular ("corpus" → "corpu", "bias" → "bia") still
 * matches itself, and acronym plurals fold too ("GPUs", "APIs", "SAEs").
 */
export function foldPlural(word: string): string {
  const n = word.length;
  if (n < 3) return word;
  const last = word[n - 1];
  if (last === 'e') return word.endsWith('che') ? word.slice(0, -1) : word;
  if (last !== 's') return word;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/u.test(word)) return word.slice(0, -2);
  return word[n - 2] === 's' ? word : word.slice(0, -1);
}

/** The word as matching compares it. */
export const foldWord = (surface: string) => foldPlural(surface.toLowerCase());

function isBreak(gap: string): boolean {
  if (gap.length === 1) return BREAKS.includes(gap) && !JOINS.includes(gap);
  for (const c of gap) if (BREAKS.includes(c)) return true;
  return false;
}

/**
 * Calls `visit` with each word of a text as written (after `normaliseText`), and whether
 * phrase-ending punctuation comes before it. Runs for every word of a large map, so it uses
 * `split` with the gaps captured (words at even indexes, gaps at odd ones): the cheapest way
 * through a text in V8, and nothing but short-lived strings.
 */
export function forEachWord(text: string, visit: (surface: string, breakBefore: boolean) => void) {
  const normal = normaliseText(text);
  const noSpace = HAS_NO_SPACE.test(normal);
  const parts = normal.split(GAP);
  let started = false;
  for (let i = 0; i < parts.length; i += 2) {
    const run = parts[i];
    if (run === '') continue;
    const breakBefore = started && isBreak(parts[i - 1]);
    started = true;
    if (noSpace && HAS_NO_SPACE.test(run))
      run.match(NO_SPACE_SPLIT)!.forEach((part, j) => visit(part, j === 0 && breakBefore));
    else visit(run, breakBefore);
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (surface, breakBefore) =>
    tokens.push({ surface, word: foldWord(surface), breakBefore }),
  );
  return tokens;
}

/**
 * What a phrase is matched by: its words, folded and concatenated, with a space where it has
 * phrase-ending punctuation (which the text must then have too); '' when it has no word.
 */
export function phraseKey(tokens: readonly Pick<Token, 'word' | 'breakBefore'>[]): string {
  let key = '';
  for (const t of tokens) key += t.breakBefore ? ` ${t.word}` : t.word;
  return key;
}
