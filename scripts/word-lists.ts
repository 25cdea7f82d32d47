// `npm run word-lists`: checks the word lists in src/core/text/lists/ and prints what each holds.
// Exits 1 when a list breaks what its reader assumes (see scripts/word-list-check.ts).
import { checkWordLists, WORD_LIST_FILES } from './word-list-check.ts';

const { lists, problems } = checkWordLists(WORD_LIST_FILES);
for (const { name, groups, words } of lists)
  console.log(`${name.padEnd(32)} ${String(words).padStart(4)} words in ${groups} group(s)`);
for (const problem of problems) console.error(`word-lists: ${problem}`);
console.log(problems.length === 0 ? 'word-lists: all lists pass' : `${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
