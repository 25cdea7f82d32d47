import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeCslJson, readCslJson } from '../../../../src/core/ingest/csl-json.ts';
import { InputError } from '../../../../src/core/ingest/errors.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');

describe('readCslJson on a Zotero "CSL JSON" export', () => {
  const { records, rejected } = readCslJson(fixture('zotero-csl.json'), 'zotero.json');

  it('keys each item by the last segment of its Zotero item URL, not as the paper id', () => {
    expect(records.map((r) => r.location.key)).toEqual(['7QXZ5VZ4', 'B2M8TQ3C', 'H9C4E2LQ']);
    for (const r of records) expect(r.id).toBeUndefined();
  });

  it('rejects a web page with no title and no abstract, by index and key', () => {
    expect(rejected).toEqual([
      {
        location: { file: 'zotero.json', index: 2, key: 'PZ4W7N2K' },
        reason: 'no title and no abstract',
      },
    ]);
  });

  it('maps author, issued date-parts, container-title, DOI, URL, abstract and keyword', () => {
    expect(records[0]).toMatchObject({
      authors: ['Gaurav Menghani'],
      year: '2021',
      venue: 'arXiv',
      doi: '10.48550/arXiv.2106.08962',
      url: 'http://arxiv.org/abs/2106.08962',
      keywords: [
        'Computer Science - Machine Learning',
        'Computer Science - Artificial Intelligence',
      ],
    });
    expect(records[0].abstract).toMatch(/^Deep learning has achieved/);
    expect(records[1]).toMatchObject({
      year: '2018',
      venue: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition',
    });
    expect(records[2].authors).toEqual(['Inês Raposo', 'OpenCompression Collaboration']);
  });

  it('keeps other scalar fields as extra, not dates or the id', () => {
    expect(records[0].extra).toEqual({
      type: 'article',
      note: 'arXiv:2106.08962 [cs]',
      number: 'arXiv:2106.08962',
      source: 'arXiv.org',
      'title-short': 'Efficient Deep Learning',
    });
  });
});

describe('readCslJson on a Mendeley export', () => {
  const { records, rejected } = readCslJson(fixture('mendeley-csl.json'), 'mendeley.json');

  it('keeps name particles and string date-parts, and rejects an item that is not an object', () => {
    expect(records.map((r) => [r.location.key, r.year])).toEqual([
      ['ITEM-1', '2008'],
      ['ITEM-2', '2018'],
      ['ITEM-3', '2014'],
    ]);
    expect(records[0].authors).toEqual(['Laurens van der Maaten', 'Geoffrey Hinton']);
    expect(rejected).toEqual([
      { location: { file: 'mendeley.json', index: 3 }, reason: 'not an object' },
    ]);
  });
});

describe('readCslJson edge cases', () => {
  it('reads one item on its own, and raw or literal dates', () => {
    const one = readCslJson('{"type": "book", "title": "T", "issued": {"raw": "2001-02"}}', 'a');
    expect(one.records[0]).toMatchObject({ title: 'T', year: '2001-02' });
  });

  it('reads a wrapped list, and throws an InputError for JSON that holds no items', () => {
    const wrapped = readCslJson('{"items": [{"title": "T", "container-title": "V"}]}', 'w.json');
    expect(wrapped.records[0]).toMatchObject({ title: 'T', venue: 'V' });
    expect(() => readCslJson('{"meta": {"count": 0}}', 'x.json')).toThrow(InputError);
    expect(() => readCslJson('[', 'x.json')).toThrow(/^x\.json: not valid JSON/);
  });

  it('recognises CSL-JSON from its hyphenated keys or name objects', () => {
    expect(looksLikeCslJson(fixture('mendeley-csl.json'))).toBe(true);
    expect(looksLikeCslJson('[{"author": [{"family": "Doe", "given": "J"}]}]')).toBe(true);
    expect(looksLikeCslJson('[{"title": "x", "authors": "Doe"}]')).toBe(false);
  });
});
