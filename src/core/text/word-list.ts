// The vocabulary lists (lists/*.json) are data rather than arrays in code so that each group of
// words carries where it came from and can be reviewed and checked on its own
// (`npm run word-lists`, scripts/word-lists.ts).

/** Words added together, for one stated reason. */
export interface WordGroup {
  /** Where the words came from: a resource, a measurement, or hand-curation and why. */
  source: string;
  words: string[];
}

/** One list: what its consumer does with it, and its groups. */
export interface WordList {
  use: string;
  groups: WordGroup[];
}

/** A lists/*.json file: one or more lists read by one module. */
export interface WordListFile {
  about: string;
  lists: Record<string, WordList>;
}

/** The words of all of a list's groups, in file order. */
export function listWords(list: WordList): string[] {
  return list.groups.flatMap((group) => group.words);
}
