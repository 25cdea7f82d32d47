import { describe, expect, it } from 'vitest';
import {
  normaliseArxivId,
  normaliseDoi,
  normaliseUrl,
  parseYear,
  shortHash,
} from '../../../src/core/paper-fields.ts';
import { isRejected, mergeDuplicates, toPaper } from '../../../src/core/papers.ts';
import type { Paper, RawRecord } from '../../../src/core/types.ts';

const at = (index: number, file = 'in.csv') => ({ file, line: index + 2, index });

function paper(raw: Omit<RawRecord, 'location'>, index = 0): Paper {
  const result = toPaper({ location: at(index), ...raw });
  if (isRejected(result)) throw new Error(result.reason);
  return result;
}

describe('toPaper', () => {
  it('normalises every text field and keeps the location', () => {
    const p = paper({
      title: '  Sparse   {BERT}: pruning with $\\ell_1$ ',
      abstract: 'We prune 50\\% of weights.\nCode: https://github.com/x/sparse-bert.',
      authors: [' J{\\"o}rg  M{\\"u}ller ', ''],
      year: '2021-03-04',
      venue: ' Proc. of  ICML ',
      url: 'https://example.org/paper',
      keywords: ['Pruning', 'pruning', ' sparsity '],
      extra: { pages: '1-10' },
    });
    expect(p).toEqual({
      id: expect.stringMatching(/^t-[0-9a-z]{10}$/),
      title: 'Sparse BERT: pruning with ℓ1',
      titleDerived: false,
      abstract: 'We prune 50% of weights. Code: https://github.com/x/sparse-bert.',
      authors: ['Jörg Müller'],
      year: 2021,
      venue: 'Proc. of ICML',
      citations: null,
      url: 'https://example.org/paper',
      doi: null,
      arxivId: null,
      links: ['https://github.com/x/sparse-bert', 'https://example.org/paper'],
      authorKeywords: ['Pruning', 'sparsity'],
      extra: { pages: '1-10' },
      location: at(0),
    });
  });

  it('rejects a record with neither a title nor an abstract after clean-up', () => {
    expect(toPaper({ location: at(3), title: ' \\emph{ } ' })).toEqual({
      location: at(3),
      reason: 'no title and no abstract',
    });
    expect(
      toPaper({ location: at(4), title: ' ', abstract: '$ $', authors: ['A. Writer'] }),
    ).toEqual({ location: at(4), reason: 'no title and no abstract' });
    expect(
      toPaper({ location: at(5), abstract: '© 2023 Elsevier Ltd. All rights reserved.' }),
    ).toEqual({ location: at(5), reason: 'no title, and the abstract is only a copyright notice' });
  });

  it('titles an untitled record from the start of its abstract, and says so', () => {
    const p = paper({
      abstract:
        'Large language models (LLMs) are increasingly used to annotate open survey answers, but their reliability is unknown.',
    });
    expect(p).toMatchObject({
      title: 'Large language models (LLMs) are increasingly used to annotate open…',
      titleDerived: true,
      abstract: expect.stringMatching(/^Large language models \(LLMs\) are/),
    });
    expect(paper({ title: 'A title', abstract: 'Text.' }).titleDerived).toBe(false);
  });

  it("names an untitled paper by its whole abstract, so that shared first words don't collide", () => {
    const start = 'We study sparse attention in long-context transformers and find that ';
    const a = paper({ abstract: `${start}memory halves.` });
    const b = paper({ abstract: `${start}accuracy holds.` });
    expect(a.title).toBe(b.title);
    expect(a.id).toMatch(/^a-[0-9a-z]{10}$/);
    expect(a.id).not.toBe(b.id);
    // Stable: the same abstract gets the same id, whatever the notices or spacing around it.
    expect(paper({ abstract: `  ${start}memory halves.\n© 2022 IEEE.` }).id).toBe(a.id);
    // A record's own id, DOI or arXiv id still comes first.
    expect(paper({ abstract: 'Text.', doi: '10.5555/x' }).id).toBe('doi:10.5555/x');
  });

  it("takes the publisher's notices off the abstract and keeps them in extra.copyright", () => {
    const p = paper({
      title: 'Sleep apps',
      abstract:
        'We test a sleep app.\n\nCopyright © 2021 Mary Ann Liebert, Inc. All rights reserved.',
      extra: { Publisher: 'Mary Ann Liebert Inc.' },
    });
    expect(p.abstract).toBe('We test a sleep app.');
    expect(p.extra).toEqual({
      Publisher: 'Mary Ann Liebert Inc.',
      copyright: 'Copyright © 2021 Mary Ann Liebert, Inc. All rights reserved.',
    });
    // An input column of that name is kept, and the notice added to it.
    const q = paper({ title: 'A', abstract: 'B. © 2022 IEEE.', extra: { copyright: 'CC BY' } });
    expect(q.extra['copyright']).toBe('CC BY © 2022 IEEE.');
  });

  it('keeps a paper without an abstract', () => {
    expect(paper({ title: 'Optimal Brain Damage' })).toMatchObject({
      abstract: '',
      authors: [],
      year: null,
      links: [],
    });
  });

  it('chooses the id: own id, else DOI, else arXiv id, else a title hash', () => {
    expect(paper({ title: 'A', id: '  paper-7 ', doi: '10.5555/x' }).id).toBe('paper-7');
    expect(paper({ title: 'A', doi: 'https://doi.org/10.1109/CVPR.2017.195' }).id).toBe(
      'doi:10.1109/cvpr.2017.195',
    );
    expect(paper({ title: 'A', arxivId: 'arXiv:2301.00774v3' }).id).toBe('arxiv:2301.00774');
    expect(paper({ title: 'Sparse Coding' }).id).toBe(paper({ title: 'sparse coding!' }).id);
    expect(paper({ title: 'Sparse Coding' }).id).not.toBe(paper({ title: 'Dense Coding' }).id);
  });

  it('finds arXiv ids in URLs, arXiv DOIs and dataset ids', () => {
    expect(paper({ title: 'A', url: 'http://arxiv.org/abs/1803.03635v5' }).arxivId).toBe(
      '1803.03635',
    );
    expect(paper({ title: 'A', doi: '10.48550/arXiv.2301.00774' }).arxivId).toBe('2301.00774');
    expect(paper({ title: 'A', id: 'arXiv:2004.12573' })).toMatchObject({
      id: 'arXiv:2004.12573',
      arxivId: '2004.12573',
    });
  });

  it('keeps values that are not what their field promised in extra', () => {
    const p = paper({ title: 'A', url: 'N/A', doi: 'unknown', arxivId: 'soon' });
    expect(p).toMatchObject({ url: null, doi: null, arxivId: null });
    expect(p.extra).toEqual({ url: 'N/A', doi: 'unknown', arxivId: 'soon' });
  });
});

describe('field normalisers', () => {
  it.each([
    ['https://doi.org/10.1109/CVPR.2017.195', '10.1109/cvpr.2017.195'],
    ['http://dx.doi.org/10.5555/2969239.2969366', '10.5555/2969239.2969366'],
    ['doi:10.18653/v1/N19-1423', '10.18653/v1/n19-1423'],
    ['DOI: 10.1000/ABC ', '10.1000/abc'],
    ['not a doi', null],
    [undefined, null],
  ])('DOI %j -> %j', (raw, expected) => {
    expect(normaliseDoi(raw)).toBe(expected);
  });

  it.each([
    ['arXiv:2301.00774v3', '2301.00774'],
    ['2301.00774', '2301.00774'],
    ['https://arxiv.org/abs/2301.00774v2', '2301.00774'],
    ['https://arxiv.org/pdf/2301.00774v2.pdf', '2301.00774'],
    ['hep-th/9901001v1', 'hep-th/9901001'],
    ['math.ST/0601001', 'math.ST/0601001'],
    ['12345', null],
  ])('arXiv id %j -> %j', (raw, expected) => {
    expect(normaliseArxivId(raw)).toBe(expected);
  });

  it.each([
    [2016, 2016],
    ['2019', 2019],
    ['2024-01-02T17:48:56Z', 2024],
    ['May 2019', 2019],
    ['12/2020', 2020],
    ['1990', 1990],
    [0, null],
    ['3000', null],
    ['20201', null],
    [2016.5, null],
    ['n.d.', null],
  ])('year %j -> %j', (raw, expected) => {
    expect(parseYear(raw)).toBe(expected);
  });

  it.each([
    ['https://x.org/a', 'https://x.org/a'],
    ['www.x.org/a', 'https://www.x.org/a'],
    ['github.com/a/b', 'https://github.com/a/b'],
    ['N/A', null],
    ['https://', null],
  ])('URL %j -> %j', (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  it('hashes deterministically to 10 base-36 characters', () => {
    expect(shortHash('sparse coding')).toBe(shortHash('sparse coding'));
    expect(shortHash('sparse coding')).toMatch(/^[0-9a-z]{10}$/);
    // Checked against an independent FNV-1a 64 implementation.
    expect(shortHash('')).toBe('iihzj4ux45');
    expect(shortHash('sparse coding')).toBe('d03s8qipyx');
    expect(shortHash('a')).not.toBe(shortHash('b'));
  });
});

describe('mergeDuplicates', () => {
  it('merges by DOI, arXiv id and title, keeping the first as the node', () => {
    const papers = [
      paper({ title: 'Movement Pruning', doi: '10.5555/mp', year: 2020 }, 0),
      paper({ title: 'SparseGPT', arxivId: '2301.00774' }, 1),
      paper({ title: 'Movement pruning (NeurIPS version)', doi: 'https://doi.org/10.5555/MP' }, 2),
      paper(
        { title: 'SparseGPT: Massive Language Models', url: 'https://arxiv.org/abs/2301.00774v3' },
        3,
      ),
      paper({ title: 'sparsegpt', abstract: 'Pruning in one shot.' }, 4),
    ];
    const { papers: nodes, merged } = mergeDuplicates(papers);
    expect(nodes.map((p) => p.title)).toEqual(['Movement Pruning', 'SparseGPT']);
    expect(merged).toEqual(
      [
        [2, 'doi:10.5555/mp', 'Movement pruning (NeurIPS version)'],
        [3, 'arxiv:2301.00774', 'SparseGPT: Massive Language Models'],
        [4, 'arxiv:2301.00774', 'sparsegpt'],
      ].map(([i, into, title]) => ({
        location: at(i as number),
        into,
        title,
        titleDerived: false,
      })),
    );
  });

  it("fills the node's gaps from its duplicates and unions keywords and links", () => {
    const { papers } = mergeDuplicates([
      paper({ title: 'Deep Compression', keywords: ['pruning'], extra: { source: 'csv' } }, 0),
      paper(
        {
          title: 'Deep compression',
          abstract:
            'Prune, quantise, Huffman-code: see https://github.com/songhan/deep-compression.',
          authors: ['Song Han'],
          year: 2016,
          venue: 'ICLR',
          doi: '10.48550/arxiv.1510.00149',
          keywords: ['Pruning', 'quantisation'],
          extra: { source: 'bib', pages: '1-14' },
        },
        1,
      ),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: 't-' + shortHash('deep compression'),
      abstract: expect.stringMatching(/^Prune, quantise/),
      authors: ['Song Han'],
      year: 2016,
      venue: 'ICLR',
      doi: '10.48550/arxiv.1510.00149',
      arxivId: '1510.00149',
      links: ['https://github.com/songhan/deep-compression'],
      authorKeywords: ['pruning', 'quantisation'],
      extra: { source: 'csv', pages: '1-14' },
      location: at(0),
    });
  });

  it('does not merge same-titled papers with different DOIs', () => {
    const { papers, merged } = mergeDuplicates([
      paper({ title: 'Editorial', doi: '10.5555/a' }, 0),
      paper({ title: 'Editorial', doi: '10.5555/b' }, 1),
    ]);
    expect(papers).toHaveLength(2);
    expect(merged).toEqual([]);
  });

  it('keeps two different papers that claim the same id, renaming the later ones', () => {
    const { papers, merged } = mergeDuplicates([
      paper({ title: 'First Paper', id: '1' }, 0),
      paper({ title: 'Second Paper', id: '1' }, 1),
      paper({ title: 'Third Paper', id: '1' }, 2),
      paper({ title: 'first paper', id: '9' }, 3),
    ]);
    expect(papers.map((p) => [p.id, p.title])).toEqual([
      ['1', 'First Paper'],
      ['1~2', 'Second Paper'],
      ['1~3', 'Third Paper'],
    ]);
    expect(merged).toEqual([
      { location: at(3), into: '1', title: 'first paper', titleDerived: false },
    ]);
  });

  it("reports merges into the node's final id", () => {
    const { merged } = mergeDuplicates([
      paper({ title: 'Alpha', id: 'x' }, 0),
      paper({ title: 'Beta', id: 'x' }, 1),
      paper({ title: 'beta' }, 2),
    ]);
    expect(merged).toEqual([{ location: at(2), into: 'x~2', title: 'beta', titleDerived: false }]);
  });

  it('never merges by a derived title', () => {
    const start = 'We study sparse attention in long-context transformers and find that ';
    const { papers, merged } = mergeDuplicates([
      paper({ abstract: `${start}memory halves.` }, 0),
      paper({ abstract: `${start}accuracy holds.` }, 1),
      // A real title equal to a derived one is no match either.
      paper({ title: 'We study sparse attention in long-context transformers and find…' }, 2),
    ]);
    expect(papers).toHaveLength(3);
    expect(merged).toEqual([]);
    expect(new Set(papers.map((p) => p.id)).size).toBe(3);
  });

  it('keeps two untitled records with the same abstract apart, with unique ids', () => {
    const { papers } = mergeDuplicates([
      paper({ abstract: 'Sparse codes.' }, 0),
      paper({ abstract: 'Sparse codes.' }, 1),
    ]);
    expect(papers.map((p) => p.id)).toEqual([
      `a-${shortHash('sparse codes')}`,
      `a-${shortHash('sparse codes')}~2`,
    ]);
  });

  it('merges an untitled record by DOI, taking the real title from its duplicate', () => {
    const { papers, merged } = mergeDuplicates([
      paper({ abstract: 'Pruning in one shot, at scale.', doi: '10.5555/sg' }, 0),
      paper({ title: 'SparseGPT', doi: '10.5555/SG', year: 2023 }, 1),
      paper({ title: 'sparsegpt' }, 2),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: 'doi:10.5555/sg',
      title: 'SparseGPT',
      titleDerived: false,
      abstract: 'Pruning in one shot, at scale.',
      year: 2023,
    });
    // Once titled, the node is found by its title too.
    expect(merged.map((m) => m.location.index)).toEqual([1, 2]);
  });

  it('is deterministic and keeps input order', () => {
    const input = [3, 1, 2, 1].map((n, i) => paper({ title: `Paper ${n}` }, i));
    const a = mergeDuplicates(input);
    expect(mergeDuplicates(input)).toEqual(a);
    expect(a.papers.map((p) => p.title)).toEqual(['Paper 3', 'Paper 1', 'Paper 2']);
  });
});

describe('citation counts', () => {
  it('keeps a non-negative integer count and nothing else', () => {
    expect(paper({ title: 'A', citations: 7 }).citations).toBe(7);
    expect(paper({ title: 'A' }).citations).toBeNull();
    expect(paper({ title: 'A', citations: -2 }).citations).toBeNull();
  });
});
