import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/errors.ts';
import { looksLikeWos, readWos } from '../../../../src/core/ingest/wos.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');

describe('readWos on a Clarivate savedrecs.txt (BOM, FN/VR header, EF)', () => {
  const { records, rejected } = readWos(fixture('wos-savedrecs.txt'), 'savedrecs.txt');

  it('reads each PT…ER record with its line and UT accession number', () => {
    expect(rejected).toEqual([]);
    expect(records.map((r) => [r.location.line, r.location.key])).toEqual([
      [3, 'WOS:001213927504012'],
      [50, 'WOS:000700000000001'],
      [75, 'WOS:000683178503006'],
    ]);
  });

  it('keeps TC, times cited, as the citation count', () => {
    expect(records.map((r) => r.citations)).toEqual([41, 97, 188]);
  });

  it('joins continued titles and abstracts; each AF line is one author', () => {
    expect(records[0]).toMatchObject({
      title:
        'Optimal Brain Compression: A Framework for Accurate Post-Training Quantization and Pruning',
      authors: ['Elias Frantar', 'Dan Alistarh'],
      year: '2022',
      venue: 'ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 35 (NEURIPS 2022)',
    });
    expect(records[0].abstract).toMatch(/^We consider the problem .* post-training methods\.$/);
    expect(records[2].authors).toContain('Pablo Samuel Castro');
  });

  it('takes DE author keywords (continued over lines) then ID Keywords Plus, and DI as the DOI', () => {
    expect(records[0].keywords).toEqual([
      'post-training quantization',
      'pruning',
      'second-order methods',
      'model compression',
      'NEURAL-NETWORKS',
    ]);
    expect(records[1].doi).toBe('10.48550/arXiv.2104.08378');
  });

  it('keeps other tags, but not cited references, addresses, e-mails or usage counts', () => {
    expect(records[0].extra).toMatchObject({
      PT: 'J',
      DT: 'Proceedings Paper',
      SN: '1049-5258',
    });
    // TC is the citation count now (above).
    for (const tag of ['CR', 'C1', 'RP', 'EM', 'U1', 'PA', 'FN', 'VR', 'TC'])
      expect(records[0].extra).not.toHaveProperty(tag);
  });
});

describe('readWos on an older Thomson Reuters export', () => {
  const { records, rejected } = readWos(fixture('wos-thomson.txt'), 'wos.txt');

  it('uses AU when there is no AF, keeps a record with no abstract, rejects one with nothing', () => {
    expect(records.map((r) => r.title?.split(':')[0])).toEqual([
      'Dropout',
      'Batch Normalization',
      'Layer Normalization',
    ]);
    expect(records[0].authors?.[0]).toBe('N Srivastava');
    expect(records[1].abstract).toBeUndefined();
    expect(rejected).toEqual([
      {
        location: { file: 'wos.txt', line: 39, key: 'WOS:000000000000000', index: 2 },
        reason: 'no title and no abstract',
      },
    ]);
  });
});

describe('readWos edge cases', () => {
  it('throws an InputError for text with no records', () => {
    expect(() => readWos('FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n', 'x.txt')).toThrow(
      InputError,
    );
  });

  it('recognises an export from its header or its first PT line', () => {
    expect(looksLikeWos(fixture('wos-thomson.txt'))).toBe(true);
    expect(looksLikeWos('PT J\nTI A title\nER\n')).toBe(true);
    expect(looksLikeWos('FN Clarivate\nVR 1.0\n')).toBe(false);
    expect(looksLikeWos('PT Barnum, a biography\nER is a TV show')).toBe(false);
  });
});
