import { describe, expect, it } from 'vitest';
import {
  checkWordLists,
  WORD_LIST_FILES,
  type WordListRules,
} from '../../../scripts/word-list-check.ts';
import type { WordListFile } from '../../../src/core/text/word-list.ts';

const list = (...groups: string[][]) => ({
  use: 'a test list',
  groups: groups.map((words) => ({ source: 'hand-curated: a test', words })),
});

const rules: WordListRules = {
  forms: { 't/words': 'word', 't/compounds': 'compound', 't/phrases': 'phrase', 't/few': 'word' },
  disjoint: [['t/words', 't/compounds']],
  subsets: [['t/few', 't/words']],
  ownStems: ['t/few'],
};

function file(
  lists: Partial<Record<string, ReturnType<typeof list>>>,
): Record<string, WordListFile> {
  const base = {
    words: list(['data', 'model'], ['day']),
    compounds: list(['state-of-the-art', 'trade-off']),
    phrases: list(['machine learning']),
    few: list(['data']),
  };
  const merged = Object.fromEntries(
    Object.entries({ ...base, ...lists }).filter(([, l]) => l !== undefined),
  ) as WordListFile['lists'];
  return { t: { about: 'test lists', lists: merged } };
}

describe('checkWordLists', () => {
  it('passes the shipped lists', () => {
    const { lists, problems } = checkWordLists(WORD_LIST_FILES);
    expect(problems).toEqual([]);
    expect(lists.map((l) => l.name)).toContain('generic-words/modifiers');
    expect(lists.every((l) => l.words > 0)).toBe(true);
  });

  it('passes lists that keep the rules and counts their words', () => {
    const { lists, problems } = checkWordLists(file({}), rules);
    expect(problems).toEqual([]);
    expect(lists[0]).toEqual({ name: 't/words', groups: 2, words: 3 });
  });

  it('reports entries out of order, repeated, or of the wrong form', () => {
    const { problems } = checkWordLists(
      file({ words: list(['model', 'data'], ['Data', 'day', 'day'], ['two words']) }),
      rules,
    );
    expect(problems).toEqual([
      't/words group 1: "data" is out of order after "model"',
      't/words group 2: "Data" is not a lowercase word',
      't/words: "day" is listed twice',
      't/words group 3: "two words" is not a lowercase word',
    ]);
  });

  it('reports overlaps of disjoint lists, missing subset entries and entries that are no stems', () => {
    const { problems } = checkWordLists(
      file({ compounds: list(['data', 'trade-off']), few: list(['studies']) }),
      rules,
    );
    expect(problems).toEqual([
      '"data" is in both t/words and t/compounds',
      't/few: "studies" is not in t/words',
      't/few: "studies" is compared as a stem but stems to "studi"',
    ]);
  });

  it('reports a list without a rule, a missing list, and a group without its source', () => {
    const extra = { use: 'x', groups: [{ source: ' ', words: ['a'] }] };
    const { problems } = checkWordLists(file({ extra, phrases: undefined }), rules);
    expect(problems).toEqual([
      't/extra: no rule says what its entries look like',
      't/extra group 1: no "source"',
      't/phrases: missing',
    ]);
  });
});
