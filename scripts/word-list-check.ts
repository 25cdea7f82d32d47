// Checks the word lists of src/core/text/lists/*.json against what their readers assume. Every
// list is hand-curated (no group was derived by a committed script, see each group's `source`),
// so there is nothing to regenerate: this reviews them instead. Pure, so that `npm run
// word-lists` and a unit test share it.
import { stemmer } from 'stemmer';
import broadWords from '../src/core/text/lists/broad-words.json' with { type: 'json' };
import candidates from '../src/core/text/lists/candidates.json' with { type: 'json' };
import casing from '../src/core/text/lists/casing.json' with { type: 'json' };
import genericWords from '../src/core/text/lists/generic-words.json' with { type: 'json' };
import language from '../src/core/text/lists/language.json' with { type: 'json' };
import vagueTerms from '../src/core/text/lists/vague-terms.json' with { type: 'json' };
import verbs from '../src/core/text/lists/verbs.json' with { type: 'json' };
import wordRoles from '../src/core/text/lists/word-roles.json' with { type: 'json' };
import { listWords, type WordListFile } from '../src/core/text/word-list.ts';

/** The lists as shipped, by file name without `.json`. */
export const WORD_LIST_FILES: Record<string, WordListFile> = {
  'generic-words': genericWords,
  'broad-words': broadWords,
  verbs,
  'vague-terms': vagueTerms,
  'word-roles': wordRoles,
  candidates,
  language,
  casing,
};

/** How an entry must look for its reader: a word, a hyphenated compound, a phrase, and so on. */
export type EntryForm = 'word' | 'compound' | 'phrase' | 'token' | 'foreign';

const FORMS: Record<EntryForm, RegExp> = {
  word: /^[a-z]+$/,
  compound: /^[a-z]+(-[a-z]+)*$/,
  phrase: /^[a-z]+( [a-z]+)+$/,
  token: /^[a-z][a-z.-]*$/, // one token as wink splits it: "e.g." stays whole
  foreign: /^\p{Ll}+'?$/u, // a lowercase word of any alphabet, or an elided article: "l'"
};

/** A list as `file/list`, e.g. `generic-words/modifiers`. */
type ListName = string;

export interface WordListRules {
  forms: Record<ListName, EntryForm>;
  /** Pairs of lists that must share no entry. */
  disjoint: [ListName, ListName][];
  /** Pairs [a, b]: every entry of a is also in b. */
  subsets: [ListName, ListName][];
  /** Lists compared with Porter stems as they are: each entry must be its own stem. */
  ownStems: ListName[];
}

const FOREIGN_LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'nl'];

/** What the readers in src/core/text assume of each list. */
export const RULES: WordListRules = {
  forms: {
    'generic-words/modifiers': 'compound', // matched as written: "state-of-the-art"
    'generic-words/nouns': 'word', // Porter-stemmed
    'broad-words/words': 'compound', // Porter-stemmed: "trade-off"
    'broad-words/phrases': 'phrase', // each word Porter-stemmed into a phrase key
    'broad-words/lemmas': 'word',
    'verbs/base-forms': 'word', // verbs.ts derives the third-person form
    'verbs/base-only': 'word',
    'vague-terms/function-words': 'word',
    'vague-terms/compound-modifiers': 'word',
    'vague-terms/size-words': 'word',
    'vague-terms/amount-heads': 'word',
    'word-roles/not-terms': 'token', // matched lowercased as written: "e.g."
    'word-roles/nominal-gerunds': 'compound', // as written: "fine-tuning"
    'word-roles/content-stop-words': 'word',
    'word-roles/irregular-participles': 'word',
    'candidates/adjectival-participles': 'compound', // as written: "pre-trained"
    ...Object.fromEntries(
      [...FOREIGN_LANGUAGES, 'shared-with-english'].map((l) => [`language/${l}`, 'foreign']),
    ),
    'language/en': 'word',
    'casing/short-title-words': 'word',
  },
  disjoint: [
    // Both are matched as whole lemmas: an entry in both is listed twice.
    ['broad-words/words', 'broad-words/lemmas'],
    // A base-only verb's third-person form is a plural noun and must not be demoted.
    ['verbs/base-forms', 'verbs/base-only'],
    // A foreign function word that English writes too would make English look foreign.
    ...FOREIGN_LANGUAGES.map((l): [ListName, ListName] => ['language/en', `language/${l}`]),
  ],
  subsets: [['vague-terms/compound-modifiers', 'generic-words/modifiers']],
  ownStems: ['vague-terms/function-words'],
};

export interface ListSummary {
  name: ListName;
  groups: number;
  words: number;
}

export interface WordListReport {
  lists: ListSummary[];
  problems: string[];
}

/** Checks `files` (by file name without `.json`) against `rules`. */
export function checkWordLists(
  files: Record<string, WordListFile>,
  rules: WordListRules = RULES,
): WordListReport {
  const problems: string[] = [];
  const lists: ListSummary[] = [];
  const words = new Map<ListName, Set<string>>();
  for (const [file, content] of Object.entries(files)) {
    if (!content.about?.trim()) problems.push(`${file}: no "about"`);
    for (const [list, { use, groups }] of Object.entries(content.lists)) {
      const name = `${file}/${list}`;
      const form = rules.forms[name];
      if (form === undefined) problems.push(`${name}: no rule says what its entries look like`);
      if (!use?.trim()) problems.push(`${name}: no "use"`);
      const seen = new Set<string>();
      groups.forEach(({ source, words: entries }, g) => {
        const where = `${name} group ${g + 1}`;
        if (!source?.trim()) problems.push(`${where}: no "source"`);
        if (entries.length === 0) problems.push(`${where}: empty`);
        entries.forEach((entry, i) => {
          if (form !== undefined && !FORMS[form].test(entry))
            problems.push(`${where}: "${entry}" is not a lowercase ${form}`);
          if (seen.has(entry)) problems.push(`${name}: "${entry}" is listed twice`);
          seen.add(entry);
          if (i > 0 && entries[i - 1] > entry)
            problems.push(`${where}: "${entry}" is out of order after "${entries[i - 1]}"`);
        });
      });
      words.set(name, seen);
      lists.push({ name, groups: groups.length, words: listWords({ use, groups }).length });
    }
  }
  for (const name of Object.keys(rules.forms))
    if (!words.has(name)) problems.push(`${name}: missing`);
  const entries = (name: ListName) => words.get(name) ?? new Set<string>();
  for (const [a, b] of rules.disjoint)
    for (const entry of entries(a))
      if (entries(b).has(entry)) problems.push(`"${entry}" is in both ${a} and ${b}`);
  for (const [a, b] of rules.subsets)
    for (const entry of entries(a))
      if (!entries(b).has(entry)) problems.push(`${a}: "${entry}" is not in ${b}`);
  for (const name of rules.ownStems)
    for (const entry of entries(name))
      if (stemmer(entry) !== entry)
        problems.push(`${name}: "${entry}" is compared as a stem but stems to "${stemmer(entry)}"`);
  return { lists, problems };
}
