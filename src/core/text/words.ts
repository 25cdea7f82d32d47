// Turns wink-nlp's tokens into the words that phrase patterns work on. wink splits most in-word
// hyphens and colons ("long", "-", "context"; "N", ":", "M"), but scientific terms are full of
// such compounds, so tokens glued together without spaces become one word again, with a role
// derived from their parts.
import { hasScripts, isUnitPower, plainScripts, writtenTokens } from './scripts.ts';
import type { ItsFunction, Nlp } from './wink.ts';
import { compoundRole, tokenRole } from './word-roles.ts';
import type { TokenColumns, WordRole } from './token-types.ts';

export type { TokenColumns, WordRole } from './token-types.ts';

export interface Word {
  /** As written (in the title, after `undoTitleCase`). */
  text: string;
  role: WordRole;
  /** wink's part of speech of the word's last token. */
  pos: string;
  /** 0-based index of the word's first token in title + abstract. */
  position: number;
  /** 0-based index of its last token: a compound's head ("context" in "long-context"). */
  last: number;
  /** Global sentence number: sentence boundaries end phrases. */
  sentence: number;
  sentenceInitial: boolean;
  inTitle: boolean;
}

const MAX_WORD_LENGTH = 50;

/** Tokens that join the parts of a compound when written without spaces: "N:M", "input/output". */
const CONNECTORS = new Set(['-', ':', '/', '_']);

export function readTokens(bundle: Nlp, text: string) {
  const { nlp, its } = bundle;
  // wink reads sub- and superscripts as plain characters; the words keep them as written.
  // (Looked for once: it scans the whole text, and few texts have any.)
  const scripts = hasScripts(text);
  const doc = nlp.readDoc(scripts ? plainScripts(text) : text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const columns: TokenColumns = {
    value: scripts ? writtenTokens(values, text) : values,
    pos: tokens.out(its.pos) as string[],
    type: tokens.out(its.type) as string[],
    stop: tokens.out(its.stopWordFlag) as boolean[],
    spaces: tokens.out(its.precedingSpaces) as string[],
    // wink's typings do not fit `its.lemma` (which takes the model's add-ons) to `out()`.
    lemma: tokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
  };
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return { columns, spans, isOOV: (word: string) => doc.isOOV(plainScripts(word)) };
}

/**
 * Groups one text's tokens into words. `offset` is the position of the text's first token in
 * title + abstract; `firstSentence` the global number of its first sentence.
 */
export function buildWords(
  columns: TokenColumns,
  spans: [number, number][],
  offset: number,
  firstSentence: number,
  inTitle: boolean,
): Word[] {
  const { value, type, spaces } = columns;
  const words: Word[] = [];
  spans.forEach(([from, to], s) => {
    let i = from;
    let initial = true;
    while (i <= to) {
      let end = i; // last token of the word
      if (isGlueable(type[i])) {
        for (;;) {
          const j = end + 1;
          if (
            j + 1 <= to &&
            CONNECTORS.has(value[j]) &&
            spaces[j] === '' &&
            spaces[j + 1] === '' &&
            isGlueable(type[j + 1]) &&
            !isDashBeforeFunctionWord(columns, j + 1, to)
          ) {
            end = j + 1;
          } else if (
            j <= to &&
            spaces[j] === '' &&
            type[end] === 'number' &&
            /^[A-Z]{1,2}$/.test(value[j])
          ) {
            end = j; // "3D", "8B", "16K"
          } else break;
        }
      }
      const text = end > i ? value.slice(i, end + 1).join('') : value[i];
      // A "word" longer than any term is a formula, a hash or a run-together table.
      // A unit with its power ("mA cm⁻²") is a measurement: it ends phrases.
      const role =
        text.length > MAX_WORD_LENGTH || isUnitPower(text)
          ? 'other'
          : end > i
            ? compoundRole(columns, i, end)
            : tokenRole(columns, i);
      const isPunct = type[i] === 'punctuation';
      words.push({
        text,
        role,
        pos: columns.pos[end],
        position: offset + i,
        last: offset + end,
        sentence: firstSentence + s,
        sentenceInitial: initial && !isPunct,
        inTitle,
      });
      if (!isPunct) initial = false;
      i = end + 1;
    }
  });
  return words;
}

/** Function words that end compounds: "trade-off", "set-up", "built-in", "weight-only". */
const COMPOUND_ENDINGS = new Set(['off', 'up', 'out', 'in', 'on', 'down', 'over', 'back', 'only']);

/**
 * A hyphen used as a dash without spaces, "speechology-a field", "delegation-were": the part
 * after it is a function word that ends the would-be compound. Function words inside a compound
 * ("state-of-the-art") are followed by another hyphen.
 */
function isDashBeforeFunctionWord(c: TokenColumns, k: number, to: number): boolean {
  if (!c.stop[k] || COMPOUND_ENDINGS.has(c.value[k].toLowerCase())) return false;
  return !(k + 1 <= to && CONNECTORS.has(c.value[k + 1]) && c.spaces[k + 1] === '');
}

function isGlueable(type: string): boolean {
  return type === 'word' || type === 'number';
}
