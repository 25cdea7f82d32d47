import { describe, expect, it } from 'vitest';
import {
  extraFromTags,
  firstValue,
  keywordList,
  splitTaggedRecords,
  type TaggedSyntax,
} from '../../../../src/core/ingest/tagged-lines.ts';

const RIS_LIKE: TaggedSyntax = {
  tagLine: /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?\s*$/,
  startTags: new Set(['TY']),
  endTags: new Set(['ER']),
  blankLineEnds: false,
};
const PUBMED_LIKE: TaggedSyntax = {
  tagLine: /^([A-Z][A-Z0-9]{1,3}) {0,3}-(?: (.*))?$/,
  continuation: /^ {6}(.*)$/,
  startTags: new Set(['PMID']),
  blankLineEnds: true,
};

describe('splitTaggedRecords', () => {
  it('cuts records at start and end tags, with the line of their first tag', () => {
    const records = splitTaggedRecords(
      'TY  - JOUR\nTI  - One\nER  - \n\nTY  - JOUR\nTI  - Two\nER  -\n',
      RIS_LIKE,
    );
    expect(records).toEqual([
      {
        line: 1,
        fields: [
          { tag: 'TY', lines: ['JOUR'] },
          { tag: 'TI', lines: ['One'] },
        ],
      },
      {
        line: 5,
        fields: [
          { tag: 'TY', lines: ['JOUR'] },
          { tag: 'TI', lines: ['Two'] },
        ],
      },
    ]);
  });

  it('keeps continuation lines with the value they continue, indented or not', () => {
    const [record] = splitTaggedRecords(
      'PMID- 1\nTI  - A title\n      over two lines\nAB  - Text\nnot indented\n',
      PUBMED_LIKE,
    );
    expect(firstValue(record.fields, ['TI'])).toBe('A title over two lines');
    expect(firstValue(record.fields, ['AB'])).toBe('Text not indented');
  });

  it('closes a record at a blank line when the syntax says so, and at a second start tag', () => {
    expect(
      splitTaggedRecords('PMID- 1\nTI  - A\n\nPMID- 2\nTI  - B\nPMID- 3\n', PUBMED_LIKE),
    ).toHaveLength(3);
    expect(
      splitTaggedRecords('TY  - JOUR\nTI  - A\n\nTI  - still A\nER  - \n', RIS_LIKE),
    ).toHaveLength(1);
  });

  it('reads a record with no end tag, and one that lost its start tag', () => {
    const records = splitTaggedRecords('TI  - Orphan\nER  - \nTY  - JOUR\nTI  - Unended', RIS_LIKE);
    expect(records.map((r) => firstValue(r.fields, ['TI']))).toEqual(['Orphan', 'Unended']);
  });

  it('ignores text outside records, handles CRLF and a byte-order mark', () => {
    const records = splitTaggedRecords(
      '\ufeffProvider: Somewhere\r\n\r\nTY  - JOUR\r\nTI  - Title\r\nER  - \r\ntrailing words\r\n',
      RIS_LIKE,
    );
    expect(records).toEqual([
      {
        line: 3,
        fields: [
          { tag: 'TY', lines: ['JOUR'] },
          { tag: 'TI', lines: ['Title'] },
        ],
      },
    ]);
  });
});

describe('tag helpers', () => {
  const fields = [
    { tag: 'TI', lines: [] },
    { tag: 'T1', lines: ['Second'] },
    { tag: 'VL', lines: ['3'] },
    { tag: 'N1', lines: ['a'] },
    { tag: 'N1', lines: ['b'] },
    { tag: '__proto__', lines: ['x'] },
  ];

  it('takes the first non-empty value in the order of the tags asked for', () => {
    expect(firstValue(fields, ['TI', 'T1'])).toBe('Second');
    expect(firstValue(fields, ['XX'])).toBeUndefined();
  });

  it('keeps unmapped tags as plain data, repeated ones joined', () => {
    const extra = extraFromTags(fields, (tag) => tag.startsWith('T'));
    expect(extra).toEqual({ VL: '3', N1: 'a; b', ['__proto__']: 'x' });
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
  });

  it('splits "a; b" keyword values and drops repeats whatever their case', () => {
    expect(keywordList(['Pruning; sparsity', 'pruning', ' model  compression '])).toEqual([
      'Pruning',
      'sparsity',
      'model compression',
    ]);
  });
});
