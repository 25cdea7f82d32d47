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

const WORDS = new Map<string, string[]>();
for (const language of LANGUAGES)
  for (const w of listWords(lists.lists[language])) {
    const langs = WORDS.get(w) ?? [];
    langs.push(language);
    WORDS.set(w, langs);
  }

/**
 * Letters that English writes only in borrowed names ("Hölder", "Fréchet"): half a point for
 * their language, so that a title of content words alone ("Elektrische Leitfähigkeit dünner
 * Schichten aus Kupferoxid") can be told, but a name in an English title cannot swing it.
 */
const LETTERS: [RegExp, string][] = [
  [/[äöüß]/u, 'de'],
  [/[éèêàçœëî]/u, 'fr'],
  [/[ñáíóú¿¡]/u, 'es'],
  [/[ãõ]/u, 'pt'],
];

/** Below this score no language is decided against English. */
const MIN_SCORE = 2;

/** Whether a function word of English counts in `word`'s favour (it is lowercase or starts a sentence). */
function functionWord(word: string, initial: boolean): string[] | undefined {
  const lower = word.toLowerCase();
  // "La₂CuO₄", "Au": a capital inside a sentence is a symbol or a name, not an article.
  if (!initial && word !== lower) return undefined;
  const langs = WORDS.get(lower);
  if (langs !== undefined || (!lower.includes("'") && !lower.includes('’'))) return langs;
  return WORDS.get(lower.replace(/[’']\p{L}*$/u, "'"));
}

/** Points that one word gives languages: [language, points] pairs. */
type Points = readonly (readonly [string, number])[];

const NO_POINTS: Points = [];

function wordPoints(word: string, initial: boolean): Points {
  const langs = functionWord(word, initial);
  if (langs) return langs.map((l) => [l, 1] as const);
  // The letters below are all outside ASCII, and so are their capitals.
  if (isAscii(word)) return NO_POINTS;
  const lower = word.toLowerCase();
  const points: [string, number][] = [];
  for (const [letters, l] of LETTERS) if (letters.test(lower)) points.push([l, 0.5]);
  return points.length > 0 ? points : NO_POINTS;
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
  let score: Map<string, number> | null = null;
  for (let i = 0; i < words.length; i++) {
    const points = wordPoints(words[i], i === 0);
    // Points are halves and wholes: their sums are exact in any order.
    for (const [language, p] of points)
      (score ??= new Map()).set(language, (score.get(language) ?? 0) + p);
  }
  if (score === null) return 'en';
  const english = score.get('en') ?? 0;
  let best = 'en';
  let bestScore = MIN_SCORE - 1e-9;
  for (const [language, s] of [...score].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    if (language !== 'en' && s > bestScore && s > english) [best, bestScore] = [language, s];
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
  return (langs !== undefined && !langs.includes('en')) || SHARED_FUNCTION_WORDS.has(lower);
}

/** The word without an elided article or pronoun: "l'oxyde" -> "oxyde", "qu'il" -> "il". */
export function withoutElision(lower: string): string {
  return lower.replace(/^(?:[cdjlmnst]|qu)['’](?=\p{L})/u, '');
}

/** The words of a text as `sentenceLanguage` reads them: letters with inner apostrophes. */
export function textWords(text: string): string[] {
  return text.match(/\p{L}+(?:[’']\p{L}+)*/gu) ?? [];
}
