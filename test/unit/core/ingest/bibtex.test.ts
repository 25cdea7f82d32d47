import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markupToText, readBibtex } from '../../../../src/core/ingest/bibtex.ts';
import { InputError } from '../../../../src/core/ingest/errors.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('readBibtex on a Zotero export with a broken entry', () => {
  const { records, rejected } = readBibtex(fixture('zotero-export.bib'), 'zotero-export.bib');
  const byKey = new Map(records.map((r) => [r.location.key, r]));

  it('reads every well-formed entry, and no @comment or @string', () => {
    expect(records.map((r) => r.location.key)).toEqual([
      'frantar_sparsegpt_2023',
      'chollet_xception_2017',
      'touvron_training_2021',
      'devlin_bert_2019',
      'rombach_high-resolution_2022',
      'sanh_movement_2020',
    ]);
  });

  it('rejects the broken entry with its line and key, in file order', () => {
    expect(rejected).toHaveLength(1);
    expect(rejected[0].location).toEqual({
      file: 'zotero-export.bib',
      line: 39,
      key: 'lecun_optimal_1990',
      index: 2,
    });
    expect(rejected[0].reason).toBe('malformed entry (expected "}" at line 43, column 2)');
  });

  it('gives each record the line of its @', () => {
    expect(records.map((r) => r.location.line)).toEqual([6, 22, 47, 59, 74, 84]);
  });

  it('decodes LaTeX accents and drops case-protecting braces', () => {
    expect(byKey.get('chollet_xception_2017')?.authors).toEqual(['François Chollet']);
    expect(byKey.get('touvron_training_2021')?.authors?.at(-1)).toBe('Hervé Jégou');
    expect(byKey.get('rombach_high-resolution_2022')?.authors?.at(-1)).toBe('Björn Ommer');
    expect(byKey.get('devlin_bert_2019')?.title).toBe(
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    );
    expect(byKey.get('touvron_training_2021')?.title).toBe(
      'Training data-efficient image transformers & distillation through attention',
    );
    expect(byKey.get('frantar_sparsegpt_2023')?.abstract).toContain('at least 50% sparsity');
  });

  it('maps venue, year, DOI, URL, keywords and @string macros', () => {
    expect(byKey.get('frantar_sparsegpt_2023')).toMatchObject({
      year: '2023',
      venue: 'arXiv',
      doi: '10.48550/arXiv.2301.00774',
      url: 'http://arxiv.org/abs/2301.00774',
      authors: ['Elias Frantar', 'Dan Alistarh'],
    });
    expect(byKey.get('frantar_sparsegpt_2023')?.keywords).toHaveLength(2);
    expect(byKey.get('touvron_training_2021')?.venue).toBe(
      'Proceedings of the 38th International Conference on Machine Learning',
    );
    expect(byKey.get('devlin_bert_2019')?.keywords).toEqual(['language models', 'pre-training']);
  });

  it('takes the arXiv id from eprint when archivePrefix says arXiv', () => {
    expect(byKey.get('sanh_movement_2020')?.arxivId).toBe('2005.07683');
    expect(byKey.get('chollet_xception_2017')?.arxivId).toBeUndefined();
  });

  it('keeps other fields in extra, but not Zotero file paths', () => {
    expect(byKey.get('chollet_xception_2017')?.extra).toMatchObject({
      entryType: 'inproceedings',
      address: 'Honolulu, HI',
      pages: '1800–1807',
    });
    expect(byKey.get('frantar_sparsegpt_2023')?.extra).not.toHaveProperty('file');
  });
});

describe('readBibtex on a Google Scholar export', () => {
  const { records, rejected } = readBibtex(fixture('scholar.bib'), 'scholar.bib');

  it('reads all entries with "First Last" authors', () => {
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(4);
    expect(records[0].authors).toContain('Łukasz Kaiser');
    expect(records[0].authors?.[5]).toBe('Aidan N Gomez');
    expect(records[3].authors).toContain('Pablo Samuel Castro');
  });

  it('finds the arXiv id Scholar puts in the journal field', () => {
    expect(records[1]).toMatchObject({
      venue: 'arXiv preprint arXiv:1803.03635',
      arxivId: '1803.03635',
    });
  });

  it('uses booktitle as the venue', () => {
    expect(records[2].venue).toBe('Advances in neural information processing systems');
  });
});

describe('readBibtex edge cases', () => {
  it('rejects an entry with neither title nor abstract, by key', () => {
    const { records, rejected } = readBibtex(
      '@misc{notitle, author = {Doe, Jane}, year = 2020}\n@misc{abstractonly, abstract = {Sparse codes.}}\n',
      'a.bib',
    );
    expect(records.map((r) => [r.location.key, r.title, r.abstract])).toEqual([
      ['abstractonly', undefined, 'Sparse codes.'],
    ]);
    expect(rejected).toEqual([
      {
        location: { file: 'a.bib', line: 1, key: 'notitle', index: 0 },
        reason: 'no title and no abstract',
      },
    ]);
  });

  it('drops "others" from author lists and keeps unknown commands\' text', () => {
    const { records } = readBibtex(
      '@article{a, title = {On \\foo{Sparse} Codes}, author = {Olshausen, Bruno and others}}',
      'a.bib',
    );
    expect(records[0]).toMatchObject({ title: 'On Sparse Codes', authors: ['Bruno Olshausen'] });
  });

  it('turns the parser markup into plain text, keeping link targets', () => {
    expect(
      markupToText('<i>a</i> <span class="nocase">B</span> <a href="https://x.org">code</a>'),
    ).toBe('a B code (https://x.org)');
  });

  it('throws an InputError for text with no entries at all', () => {
    expect(() => readBibtex('Just some notes, no entries.', 'notes.bib')).toThrow(InputError);
    expect(() => readBibtex('Just some notes.', 'notes.bib')).toThrow(
      /^notes\.bib: no BibTeX entries found/,
    );
  });

  it('reads a file of only @string and @comment as no records', () => {
    expect(readBibtex('@string{a = {b}}\n@comment{x}\n', 'a.bib')).toEqual({
      records: [],
      rejected: [],
    });
  });
});

describe('readBibtex on a JabRef file with unbalanced $ in abstracts', () => {
  const text = readFileSync(
    new URL('../../../fixtures/formats/jabref.bib', import.meta.url),
    'utf8',
  );
  const { records, rejected } = readBibtex(text, 'jabref.bib');

  it('reads the entries the parser refuses for an unclosed formula, at their own lines', () => {
    expect(rejected).toEqual([]);
    expect(records.map((r) => [r.location.line, r.location.key])).toEqual([
      [3, 'Ghadimi2013'],
      [18, 'Kingma2015'],
      [29, 'Loshchilov2019'],
    ]);
  });

  it('keeps the title, authors, venue, DOI and the abstract with its $ as text', () => {
    expect(records[0]).toMatchObject({
      title: 'Stochastic First- and Zeroth-Order Methods for Nonconvex Stochastic Programming',
      authors: ['Saeed Ghadimi', 'Guanghui Lan'],
      venue: 'SIAM Journal on Optimization',
      doi: '10.1137/120880811',
      year: '2013',
    });
    expect(records[0].abstract).toMatch(/^We introduce a randomized stochastic gradient method/);
    expect(records[0].abstract).toMatch(/noisy function values\.$/);
    expect(records[2].abstract).toContain('costs about 0.1$ of compute per step');
  });

  it('leaves entries that parse alone, and other malformed entries still rejected', () => {
    expect(records[1]).toMatchObject({ title: 'Adam: A Method for Stochastic Optimization' });
    const broken = `${text}\n@article{broken, title = {No end}, abstract = {a $ b}\n`;
    const result = readBibtex(broken, 'jabref.bib');
    expect(result.records).toHaveLength(3);
    expect(result.rejected.map((r) => r.location.key)).toEqual(['broken']);
  });
});
