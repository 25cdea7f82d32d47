// Which sentences are not in English. The text model (wink's English lexicon, Porter stems, the
// generic-word lists) only reads English; a French abstract gave labels such as "la température
// · la cuprite". The commonest function words of each language tell them apart: they make a
// third of any sentence, are written the same in every field, and need no model to load, so the
// test is deterministic and runs in a browser worker as well as in Node. (A trigram detector such
// as franc-min or tinyld answers "which language" for 80+ languages; the question here is only
// "English or not", which these lists answer on a sentence, where trigram models need more text.)
import lists from './lists/language.json' with { type: 'json' };
import { listWords } from './word-list.ts';

/**
 * Languages whose function words are listed (lists/language.json), English first. Words that are
 * also English words in scientific text are left out of the others ("a", "in", "on", "so", "also",
 * "was", "per", "par", "para", "door"; "et" and "al" of "et al."), so a formula or a name cannot
 * make English look foreign.
 */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const;

/** Languages by index in LANGUAGES (English is 0): the word lists and scores use indices. */
const ENGLISH = 0;

/** The languages' indices in the order of their codes, which breaks ties. */
const BY_CODE = [...LANGUAGES.keys()].sort((a, b) => (LANGUAGES[a] < LANGUAGES[b] ? -1 : 1));

const WORDS = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const w of listWords(lists.lists[language])) {
    const langs = WORDS.get(w) ?? [];
    langs.push(index);
    WORDS.set(w, langs);
  }
});

/**
 * Letters that English writes only in borrowed names ("Hölder", "Fréchet"): half a point for
 * their language, so that a title of content words alone ("Elektrische Leitfähigkeit dünner
 * Schichten aus Kupferoxid") can be told, but a name in an English title cannot swing it.
 */
const LETTERS: [RegExp, number][] = [
  [/[äöüß]/u, LANGUAGES.indexOf('de')],
  [/[éèêàçœëî]/u, LANGUAGES.indexOf('fr')],
  [/[ñáíóú¿¡]/u, LANGUAGES.indexOf('es')],
  [/[ãõ]/u, LANGUAGES.indexOf('pt')],
];

/** Below this score no language is decided against English. */
const MIN_SCORE = 2;

/** Whether a function word of English counts in `word`'s favour (it is lowercase or starts a sentence). */
function functionWord(word: string, initial: boolean): number[] | undefined {
  const lower = word.toLowerCase();
  // "La₂CuO₄", "Au": a capital inside a sentence is a symbol or a name, not an article.
  if (!initial && word !== lower) return undefined;
  const langs = WORDS.get(lower);
  if (langs !== undefined || (!lower.includes("'") && !lower.includes('’'))) return langs;
  return WORDS.get(lower.replace(/[’']\p{L}*$/u, "'"));
}

/**
 * Adds one word's points to `score` (indexed like LANGUAGES); true if it gave points to a
 * language other than English.
 */
function addPoints(score: number[], word: string, initial: boolean): boolean {
  const langs = functionWord(word, initial);
  let other = false;
  if (langs) {
    for (const l of langs) {
      score[l] += 1;
      if (l !== ENGLISH) other = true;
    }
    return other;
  }
  // The letters below are all outside ASCII, and so are their capitals.
  if (isAscii(word)) return false;
  const lower = word.toLowerCase();
  for (const [letters, l] of LETTERS)
    if (letters.test(lower)) {
      score[l] += 0.5;
      other = true;
    }
  return other;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The language of a run of words (a sentence, a title): "en" unless another language's function
 * words and letters score at least 2 and more than English's. Ties and short texts stay English.
 */
export function sentenceLanguage(words: readonly string[]): string {
  // Runs for every sentence of every paper: scores in an array by language, and no ranking at
  // all where no other language scored (most sentences). Points are halves and wholes: their
  // sums are exact in any order.
  const score = LANGUAGES.map(() => 0);
  let other = false;
  for (let i = 0; i < words.length; i++) if (addPoints(score, words[i], i === 0)) other = true;
  if (!other) return 'en';
  const english = score[ENGLISH];
  let best = 'en';
  let bestScore = MIN_SCORE - 1e-9;
  for (const l of BY_CODE)
    if (l !== ENGLISH && score[l] > bestScore && score[l] > english) {
      best = LANGUAGES[l];
      bestScore = score[l];
    }
  return best;
}

/**
 * Function words left out of the lists above because English writes them too: inside a
 * sentence already read as another language they are that language's ("par", "et", "per").
 */
const SHARED_FUNCTION_WORDS = new Set(listWords(lists.lists['shared-with-english']));

/**
 * A function word of another language, lowercase (its stop list), to be dropped from a sentence
 * in that language; elided articles count ("l'", "d'").
 */
export function isForeignFunctionWord(lower: string): boolean {
  const langs = WORDS.get(lower);
  return (langs !== undefined && !langs.includes(ENGLISH)) || SHARED_FUNCTION_WORDS.has(lower);
}

/** The word without an elided article or pronoun: "l'oxyde" -> "oxyde", "qu'il" -> "il". */
export function withoutElision(lower: string): string {
  return lower.replace(/^(?:[cdjlmnst]|qu)['’](?=\p{L})/u, '');
}

/** The words of a text as `sentenceLanguage` reads them: letters with inner apostrophes. */
export function textWords(text: string): string[] {
  return text.match(/\p{L}+(?:[’']\p{L}+)*/gu) ?? [];
}
