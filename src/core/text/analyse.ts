// Analysis of one paper: content-word lemmas for vectors, and candidate keyphrases with the
// statistics that ranking needs. Title and abstract are read separately, so a title without a
// full stop never runs into the abstract's first sentence.
import type { AnalysedDoc } from '../types.ts';
import { indexAcronyms, type AcronymIndex } from './acronym-index.ts';
import { isAcronym } from './case-marks.ts';
import { boundStems } from './bound-words.ts';
import { findCandidates } from './candidates.ts';
import { collectNames, readableWord, undoCapitals, undoTitleCase } from './casing.ts';
import { contentLemmas, type TokenReading } from './lemmas.ts';
import { foreignSentences } from './foreign-sentences.ts';
import { startsCapitalised } from './letter-case.ts';
import { PhraseCollector } from './phrase-collector.ts';
import { wordStems } from './phrase-key.ts';
import { demoteVerbs } from './verbs.ts';
import type { Nlp } from './wink.ts';
import { buildWords, readTokens, type Word } from './words.ts';

const NOUN = 1;
const NAME = 2;
const FOREIGN = 4;

/**
 * Per token of title + abstract: read as a noun where the phrase patterns read its word as one
 * (a compound's head only), as a name where a word is capitalised inside a sentence. Returns
 * the reading of one text, given the position of its first token.
 */
function readTokenRoles(words: Word[], length: number, foreign: ReadonlySet<number>) {
  const flags = new Uint8Array(length);
  for (const w of words) {
    if (w.role === 'noun') flags[w.last] |= NOUN;
    if (!w.sentenceInitial && startsCapitalised(w.text)) flags[w.last] |= NAME;
    if (foreign.has(w.sentence)) for (let t = w.position; t <= w.last; t++) flags[t] |= FOREIGN;
  }
  return (offset: number): TokenReading => ({
    isNoun: (i) => (flags[offset + i] & NOUN) !== 0,
    isName: (i) => (flags[offset + i] & NAME) !== 0,
    isForeign: (i) => (flags[offset + i] & FOREIGN) !== 0,
  });
}

export function analyseDocument(nlp: Nlp, title: string, abstract: string): AnalysedDoc {
  const t = readTokens(nlp, undoTitleCase(undoCapitals(title.trim(), abstract)));
  const a = readTokens(nlp, abstract.trim());
  const titleLength = t.columns.value.length;
  const words = [
    ...buildWords(t.columns, t.spans, 0, 0, true),
    ...buildWords(a.columns, a.spans, titleLength, t.spans.length, false),
  ];
  demoteVerbs(words);
  // The English model cannot read other languages: their sentences give no phrases, and their
  // words no topics.
  const foreign = foreignSentences(words);
  const reading = readTokenRoles(words, titleLength + a.columns.value.length, foreign);
  const inTitle = contentLemmas(t.columns, t.isOOV, reading(0));
  const inAbstract = contentLemmas(a.columns, a.isOOV, reading(titleLength));
  const lemmas = [...inTitle.lemmas, ...inAbstract.lemmas];
  const nounLemmas = [...inTitle.nouns, ...inAbstract.nouns];
  const foreignLemmas = [...inTitle.foreign, ...inAbstract.foreign];
  const forms = writtenForms(lemmas, [...inTitle.forms, ...inAbstract.forms]);

  // An acronym defined in the text stands for its expansion's stems wherever it appears, so
  // "SAEs" and "sparse autoencoders" are one phrase.
  const acronyms = indexAcronyms(words, (text) => wordStems(text));
  const usesAcronym = new Uint8Array(words.length);
  let current = 0;
  const expand = (part: string) => {
    const expansion = acronyms.expand(part);
    if (expansion) usesAcronym[current] = 1;
    return expansion;
  };
  const stems = words.map((w, i) => {
    current = i;
    return w.role === 'other' ? '' : wordStems(w.text, expand);
  });
  const casing = collectNames(words, acronyms.inExpansion);

  const skip = new Set(acronyms.defining);
  if (foreign.size > 0) words.forEach((w, i) => foreign.has(w.sentence) && skip.add(i));
  const phrases = new PhraseCollector();
  const spans = findCandidates(words, stems, skip);
  for (const { start, end } of spans) {
    let key = stems[start];
    let surface = readableWord(words[start], acronyms.inExpansion[start] === 1, casing);
    let acronym = usesAcronym[start] === 1;
    for (let i = start + 1; i < end; i++) {
      key += ' ' + stems[i];
      surface += ' ' + readableWord(words[i], acronyms.inExpansion[i] === 1, casing);
      acronym ||= usesAcronym[i] === 1;
    }
    phrases.add(key, surface, words[start].position, words[start].inTitle, acronym);
  }
  const doc: AnalysedDoc = {
    lemmas,
    nounLemmas,
    phrases: phrases.result(),
    length: titleLength + a.columns.value.length,
  };
  if (forms) doc.lemmaForms = forms;
  if (foreignLemmas.length > 0) doc.foreignLemmas = foreignLemmas;
  const bound = boundStems(words, stems, spans);
  if (bound.length > 0) doc.boundStems = bound;
  const unexplained = unexplainedAcronyms(words, acronyms);
  if (acronyms.defined.size > 0 || unexplained.length > 0)
    doc.acronyms = { defined: [...acronyms.defined], unexplained };
  return doc;
}

/**
 * Key tokens of the acronyms used in phrases with no expansion in this paper ("LLMs" in a paper
 * that never says what it stands for): another paper may say it (see unify-keys.ts).
 */
function unexplainedAcronyms(words: Word[], acronyms: AcronymIndex): string[] {
  const found = new Set<string>();
  const check = (part: string) => {
    if (isAcronym(part) && !acronyms.expand(part)) found.add(wordStems(part));
  };
  for (const w of words) {
    if (w.role === 'other') continue;
    // Most words have no hyphen: no parts to split them into.
    if (w.text.includes('-')) for (const part of w.text.split('-')) check(part);
    else check(w.text);
  }
  return [...found];
}

/**
 * Each lemma's most frequent written form in this paper (ties: the first written), where it
 * differs from the lemma ("children" for "child"); null when none does.
 */
function writtenForms(lemmas: string[], forms: string[]): Record<string, string> | null {
  // Most lemmas are written one way in a paper: counts by form are kept only from a second one.
  const counts = new Map<string, FormCounts>();
  for (let i = 0; i < lemmas.length; i++) {
    const form = forms[i];
    const c = counts.get(lemmas[i]);
    if (c === undefined) counts.set(lemmas[i], { form, count: 1, byForm: null });
    else if (c.byForm !== null) c.byForm.set(form, (c.byForm.get(form) ?? 0) + 1);
    else if (form === c.form) c.count++;
    else
      c.byForm = new Map([
        [c.form, c.count],
        [form, 1],
      ]);
  }
  const out: Record<string, string> = {};
  let any = false;
  for (const [l, c] of counts) {
    let best = c.form;
    if (c.byForm !== null) {
      let bestCount = 0;
      for (const [form, n] of c.byForm) if (n > bestCount) [best, bestCount] = [form, n];
    }
    if (best !== l) {
      out[l] = best;
      any = true;
    }
  }
  return any ? out : null;
}

/** A lemma's written forms: the first one and its count, and all counts once there are two. */
interface FormCounts {
  form: string;
  count: number;
  byForm: Map<string, number> | null;
}
