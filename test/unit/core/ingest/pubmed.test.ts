import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/errors.ts';
import { looksLikePubmed, readPubmed } from '../../../../src/core/ingest/pubmed.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');

describe('readPubmed on a "Save → PubMed format" export', () => {
  const { records, rejected } = readPubmed(fixture('pubmed-export.txt'), 'pubmed.txt');

  it('reads each record with the line of its PMID and the PMID as its key', () => {
    expect(records.map((r) => [r.location.line, r.location.key])).toEqual([
      [2, '34265844'],
      [58, '36702959'],
      [101, '31978945'],
    ]);
  });

  it('rejects a record with neither title nor abstract, with its line and PMID', () => {
    expect(rejected).toEqual([
      {
        location: { file: 'pubmed.txt', line: 124, key: '29083456', index: 3 },
        reason: 'no title and no abstract',
      },
    ]);
  });

  it('joins six-space continuation lines of titles and abstracts', () => {
    expect(records[1].title).toBe(
      'Pruning deep convolutional networks for chest radiograph classification: accuracy, calibration and inference cost on edge devices.',
    );
    expect(records[0].abstract).toMatch(/^Proteins are essential to life, and understanding/);
    expect(records[0].abstract).toMatch(/Structure Prediction \(CASP14\)\.$/);
    expect(records[0].abstract).not.toMatch(/\s{2}/);
  });

  it('maps FAU, DP, JT, the [doi] of LID and a PubMed link', () => {
    expect(records[0]).toMatchObject({
      authors: ['John Jumper', 'Richard Evans', 'Demis Hassabis'],
      year: '2021 Aug',
      venue: 'Nature',
      doi: '10.1038/s41586-021-03819-2',
      url: 'https://pubmed.ncbi.nlm.nih.gov/34265844/',
    });
    expect(records[1].venue).toBe('The Lancet. Digital health');
    expect(records[1].doi).toBe('10.1016/S2589-7500(22)00230-0');
  });

  it('takes OT keywords, then MeSH headings without their stars and qualifiers', () => {
    expect(records[1].keywords).toEqual([
      'model compression',
      'network pruning',
      'chest radiograph',
      'Humans',
      'Radiography, Thoracic',
      'Neural Networks, Computer',
    ]);
    expect(records[0].keywords).toContain('Proteins');
  });

  it('keeps a title-only record, and other tags but not NLM bookkeeping or affiliations', () => {
    expect(records[2]).toMatchObject({
      title: '[Deep learning in medical image analysis: a practical introduction].',
      authors: ['Anna-Lena Becker'],
    });
    expect(records[2].abstract).toBeUndefined();
    expect(records[0].extra).toMatchObject({
      pmid: '34265844',
      PT: "Journal Article; Research Support, Non-U.S. Gov't",
      PMC: 'PMC8371605',
    });
    for (const tag of ['AD', 'OWN', 'STAT', 'PHST'])
      expect(records[0].extra).not.toHaveProperty(tag);
    expect(records[1].extra?.['copyright']).toMatch(/^Copyright \(c\) 2023/);
  });
});

describe('readPubmed on a citation manager .nbib (CRLF)', () => {
  const { records, rejected } = readPubmed(fixture('citations.nbib'), 'citations.nbib');

  it('reads both records; AID gives the DOI when LID has none', () => {
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.doi)).toEqual([
      '10.1038/s41592-020-01008-z',
      '10.1016/j.compbiomed.2022.105219',
    ]);
    expect(records[0].title).toBe(
      'nnU-Net: a self-configuring method for deep learning-based biomedical image segmentation.',
    );
    expect(records[0].authors).toContain('Simon A A Kohl');
    expect(records[1].authors).toEqual(['Camille Moreau', 'Rafael de Souza']);
  });
});

describe('readPubmed edge cases', () => {
  it('uses AU names when a record has no FAU', () => {
    const { records } = readPubmed('PMID- 1\nTI  - A\nAU  - Smith J\nAU  - Doe JA\n', 'a.txt');
    expect(records[0].authors).toEqual(['Smith J', 'Doe JA']);
  });

  it('throws an InputError for text with no records', () => {
    expect(() => readPubmed('   \nnot pubmed', 'x.nbib')).toThrow(InputError);
    expect(() => readPubmed('nothing', 'x.nbib')).toThrow(/^x\.nbib: no PubMed records found/);
  });

  it('recognises a PubMed export from its first tag', () => {
    expect(looksLikePubmed('PMID- 34265844\nOWN - NLM')).toBe(true);
    expect(looksLikePubmed('TY  - JOUR')).toBe(false);
  });
});
