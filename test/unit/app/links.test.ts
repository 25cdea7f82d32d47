import { describe, expect, it } from 'vitest';
import { doiUrl, safeLinks } from '../../../src/app/state/links.ts';

describe('paper links', () => {
  it('turns a DOI into its resolver URL', () => {
    expect(doiUrl('10.1000/xyz.1')).toBe('https://doi.org/10.1000/xyz.1');
    expect(doiUrl('https://doi.org/10.1000/abc')).toBe('https://doi.org/10.1000/abc');
    expect(doiUrl('doi: 10.1000/a b')).toBeNull();
    expect(doiUrl('not a doi')).toBeNull();
  });

  it('keeps only http(s) links, labels code hosts, drops duplicates', () => {
    const links = safeLinks({
      url: 'https://arxiv.org/abs/2401.00001',
      doi: '10.1000/xyz',
      links: [
        'javascript:alert(1)',
        'https://github.com/org/repo',
        'https://github.com/org/repo',
        'data:text/html,hi',
        'https://example.org/project/',
        'not a url',
      ],
    });
    expect(links).toEqual([
      { kind: 'Paper', href: 'https://arxiv.org/abs/2401.00001', text: 'arxiv.org/abs/2401.00001' },
      { kind: 'DOI', href: 'https://doi.org/10.1000/xyz', text: '10.1000/xyz' },
      { kind: 'Code', href: 'https://github.com/org/repo', text: 'github.com/org/repo' },
      { kind: 'Link', href: 'https://example.org/project/', text: 'example.org/project' },
    ]);
  });

  it('ignores a javascript: paper URL', () => {
    expect(safeLinks({ url: 'javascript:void(0)', doi: null, links: [] })).toEqual([]);
  });
});
