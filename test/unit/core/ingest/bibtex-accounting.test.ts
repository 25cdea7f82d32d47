// Every entry of a BibTeX file is accounted for: read as a record or rejected with its place,
// however broken the file. Entries are generated whole, cut short, with stray braces, quotes and
// formulas, between comments, @string and @preamble directives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../../../src/core/ingest/bibtex.ts';
import { InputError } from '../../../../src/core/ingest/errors.ts';

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
const value = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      fc.constantFrom(
        '{',
        '}',
        '$',
        '\\',
        '"',
        ',',
        '=',
        '\n',
        '{\\"o}',
        '$x^2$',
        '%',
        '#',
        '(',
        ')',
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));
const field = fc.tuple(
  fc.constantFrom('title', 'abstract', 'author', 'year', 'note', 'x y'),
  value,
);
const entry = fc
  .record({
    type: fc.constantFrom('article', 'inproceedings', 'misc', 'book', 'weird-type'),
    key: fc.oneof(word, fc.constant(''), fc.constant('a b')),
    fields: fc.array(field, { maxLength: 4 }),
    open: fc.constantFrom('{', '('),
    cut: fc.option(fc.nat({ max: 60 })),
  })
  .map(({ type, key, fields, open, cut }) => {
    const close = open === '{' ? '}' : ')';
    const body = fields.map(([name, v]) => `  ${name} = {${v}}`).join(',\n');
    const text = `@${type}${open}${key},\n${body}\n${close}`;
    return cut === null ? text : text.slice(0, Math.min(text.length, 1 + cut));
  });
const filler = fc.constantFrom(
  '',
  'Some text between entries.',
  '@string{jmlr = {Journal of ML}}',
  '@preamble{"\\newcommand{\\x}{x}"}',
  '@comment{jabref-meta: databaseType:bibtex;}',
  '% a comment line',
);
const file = fc.array(fc.tuple(filler, entry), { minLength: 1, maxLength: 6 });

/**
 * The lines where entries start as every exporter writes them: "@type{" or "@type(" at the
 * start of a line, other than the directives.
 */
const entryLines = (text: string) =>
  text.split('\n').flatMap((line, i) => {
    const type = /^[ \t]*@[ \t]*([\w-]+)[ \t]*[{(]/.exec(line)?.[1]?.toLowerCase();
    return type && !['string', 'preamble', 'comment'].includes(type) ? [i + 1] : [];
  });

describe('BibTeX accounting', () => {
  it('rejects an entry whose brace is never closed, and reads the entries it would swallow', () => {
    const text = [
      '@article{broken2021,',
      '  title = {Sparse coding of natural images,',
      '  year = {2021}',
      '}',
      '',
      '@article{next2022,',
      '  title = {Dictionary learning at scale},',
      '  abstract = {We learn dictionaries.}',
      '}',
      '@misc{last2023, title = {Sparse autoencoders}}',
      '',
    ].join('\n');
    const { records, rejected } = readBibtex(text, 'jabref.bib');
    expect(rejected).toEqual([
      {
        location: { file: 'jabref.bib', line: 1, key: 'broken2021', index: 0 },
        reason: 'malformed entry (a brace opened in it is not closed before the next entry)',
      },
    ]);
    expect(records.map((r) => [r.location.line, r.title])).toEqual([
      [6, 'Dictionary learning at scale'],
      [10, 'Sparse autoencoders'],
    ]);
  });

  it('accounts for every entry of any file: a record or a rejection at its line', () => {
    fc.assert(
      fc.property(file, (parts) => {
        const text = parts.map(([f, e]) => `${f}\n${e}\n`).join('\n');
        const starts = entryLines(text);
        let result;
        try {
          result = readBibtex(text, 'fuzz.bib');
        } catch (error) {
          // Only a file with no entry at all is one error for the whole file.
          expect(error).toBeInstanceOf(InputError);
          expect(starts).toEqual([]);
          return;
        }
        const accounted = [...result.records, ...result.rejected].map((r) => r.location.line);
        // Each entry became a record or a rejection at its line; nothing is placed nowhere.
        for (const line of starts) expect(accounted, `line ${line} of\n${text}`).toContain(line);
        for (const line of accounted) expect(line).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
