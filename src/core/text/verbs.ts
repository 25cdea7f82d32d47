// wink's tagger often reads a verb after a subject as a noun ("SpaCO decouples the cost",
// "approaches face limitations", "LLMs exhibit remarkable capabilities"), which glues clauses
// into phrases. Verbs that abstracts use this way, whose noun readings rarely name a topic, are
// demoted where the sentence shape says they are verbs. The verbs, and where they came from, are
// in lists/verbs.json.
import lists from './lists/verbs.json' with { type: 'json' };
import { listWords } from './word-list.ts';
import type { Word } from './words.ts';

const BASE_FORMS = listWords(lists.lists['base-forms']);

/** Verbs whose third-person form is a common plural noun: "temperature changes". */
const BASE_ONLY = listWords(lists.lists['base-only']);

/** Relative pronouns that wink tags as determiners: "algorithms that use ...". */
const RELATIVES = new Set(['that', 'which', 'who']);

function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es';
  return verb + 's';
}

const BASE = new Set([...BASE_FORMS, ...BASE_ONLY]);
const THIRD_PERSON = new Set(BASE_FORMS.map(thirdPerson));

function isPluralSubject(w: Word): boolean {
  return w.role === 'noun' && /[^s]s$/.test(w.text);
}

/** Sets the role of verbs mistaken for nouns to `other`, in place. */
export function demoteVerbs(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isHeadlineVerb(words, i)) {
      w.role = 'other';
      continue;
    }
    if (isGerundWithObject(words, i) || isInfinitive(words, i)) {
      w.role = 'other';
      continue;
    }
    if (i === 0 || (w.role !== 'noun' && w.role !== 'adj')) continue;
    const lower = w.text.toLowerCase();
    const base = BASE.has(lower);
    if (!base && !THIRD_PERSON.has(lower)) continue;
    const prev = words[i - 1];
    if (prev.sentence !== w.sentence) continue;
    const next = i + 1 < words.length && words[i + 1].sentence === w.sentence ? words[i + 1] : null;
    // Subject-verb agreement: "methods offer", "SpaCO decouples", "the method yields".
    const afterSubject =
      w.role === 'noun' &&
      prev.role === 'noun' &&
      (base ? isPluralSubject(prev) : !isPluralSubject(prev));
    // A verb taking an object: "(LLMs) exhibit remarkable ...", "to leverage selective ...".
    const takesObject =
      prev.role === 'other' &&
      (prev.pos !== 'DET' || RELATIVES.has(prev.text.toLowerCase())) &&
      next !== null &&
      (next.role === 'noun' || next.role === 'adj');
    if (afterSubject || takesObject) w.role = 'other';
  }
}

/**
 * A title, or a title part after a colon, that opens with an -ing form names what the paper
 * does, not a thing: "Training Long-Context LLMs ...", "COMET: Learning Cardinality ...";
 * unless the abstract uses the two words as a term too ("Learning Rates as a Function of ...").
 */
function isHeadlineVerb(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w.inTitle || !/ing$/i.test(w.text) || w.text.includes('-')) return false;
  const prev = i > 0 ? words[i - 1] : null;
  const opensPart = prev === null || !prev.inTitle || prev.text === ':';
  const next = i + 1 < words.length && words[i + 1].inTitle ? words[i + 1] : null;
  if (!opensPart || next === null) return false;
  if (PARTICLES.has(next.text.toLowerCase())) return true; // "Scaling up ..."
  if (next.role === 'other') return false;
  const gerund = w.text.toLowerCase();
  const object = singular(next.text);
  for (let j = i + 2; j + 1 < words.length; j++) {
    const a = words[j];
    if (!a.inTitle && a.text.toLowerCase() === gerund && singular(words[j + 1].text) === object) {
      return false;
    }
  }
  return true;
}

const PARTICLES = new Set(['up', 'down', 'out', 'off']);

function singular(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

const MODALS = new Set('can cannot could may might must shall should will would'.split(' '));

/**
 * After the infinitive "to" or a modal, a word taking an object is a verb: "to scale ZO
 * optimization", "a framework that can scale ZO optimization".
 */
function isInfinitive(words: Word[], i: number): boolean {
  const w = words[i];
  if (i === 0 || w.role !== 'noun') return false;
  const prev = words[i - 1];
  const next = i + 1 < words.length ? words[i + 1] : null;
  const marker = prev.text.toLowerCase();
  return (
    ((prev.pos === 'PART' && marker === 'to') || MODALS.has(marker)) &&
    prev.sentence === w.sentence &&
    next !== null &&
    next.sentence === w.sentence &&
    (next.role === 'noun' || next.role === 'adj')
  );
}

/** Parts of speech before an -ing form that make it a verb: "thus rendering ...". */
const VERB_CONTEXT = new Set(['ADV', 'SCONJ', 'VERB', 'AUX', 'PRON', 'PART']);

/**
 * An -ing form that names a field or an operation ("learning", "rendering") is still a verb when
 * it follows an adverb or a conjunction and takes an object.
 */
function isGerundWithObject(words: Word[], i: number): boolean {
  const w = words[i];
  if (i === 0 || w.role !== 'noun' || !w.text.endsWith('ing')) return false;
  const prev = words[i - 1];
  const next = i + 1 < words.length ? words[i + 1] : null;
  return (
    prev.sentence === w.sentence &&
    prev.role === 'other' &&
    VERB_CONTEXT.has(prev.pos) &&
    next !== null &&
    next.sentence === w.sentence &&
    (next.role === 'noun' || next.role === 'adj')
  );
}
