// Which acronyms of a document stand for which expansion, for the phrase keys and casing.
import { acronymLetters, findAcronymDefinitions, findSpelledOut, initialsOf } from './acronyms.ts';
import { isAcronym } from './case-marks.ts';
import type { Word } from './words.ts';

export interface AcronymIndex {
  /** Space-separated stems of the expansion an acronym-like word part stands for, if known. */
  expand: (part: string) => string | undefined;
  /** Per word: 1 if it is part of an expansion ("sparse autoencoders" in "... (SAEs)"). */
  inExpansion: Uint8Array;
  /** Indices of the acronyms where they are defined; their expansions already count there. */
  defining: Set<number>;
  /**
   * The acronyms defined in parentheses, by letters ("llm"), with the stems of their expansion:
   * the evidence the corpus pass trusts for papers that use an acronym without defining it.
   */
  defined: Map<string, string>;
}

export function indexAcronyms(words: Word[], stemsOf: (text: string) => string): AcronymIndex {
  const expansions = new Map<string, string>();
  const inExpansion = new Uint8Array(words.length);
  const defining = new Set<number>();
  const stemsBetween = (start: number, end: number) =>
    words
      .slice(start, end)
      .map((w) => stemsOf(w.text))
      .join(' ');

  const defined = new Map<string, string>();
  for (const d of findAcronymDefinitions(words)) {
    const letters = acronymLetters(words[d.acronymIndex].text);
    // The first definition wins: an abstract rarely redefines an acronym, and then by mistake.
    if (!expansions.has(letters)) {
      expansions.set(letters, stemsBetween(d.start, d.end));
      defined.set(letters, expansions.get(letters)!);
    }
    inExpansion.fill(1, d.start, d.end);
    defining.add(d.acronymIndex);
  }

  // Acronyms used without a definition, whose expansion is spelled out somewhere in the text.
  const undefinedAcronyms = new Set<string>();
  for (const w of words) {
    if (w.role !== 'other' && w.text.length <= 10 && isAcronym(w.text)) {
      const letters = acronymLetters(w.text);
      if (!expansions.has(letters)) undefinedAcronyms.add(letters);
    }
  }
  const initials = undefinedAcronyms.size > 0 ? words.map((w) => initialsOf(w.text)) : [];
  for (const letters of undefinedAcronyms) {
    const spans = findSpelledOut(words, initials, letters);
    const variants = new Set(spans.map((s) => stemsBetween(s.start, s.end)));
    // Two different spellings of one acronym leave it ambiguous: better unmerged than wrong.
    if (variants.size !== 1) continue;
    expansions.set(letters, [...variants][0]);
    for (const s of spans) inExpansion.fill(1, s.start, s.end);
  }

  const expand = (part: string) =>
    expansions.size > 0 && isAcronym(part) ? expansions.get(acronymLetters(part)) : undefined;
  return { expand, inExpansion, defining, defined };
}
