import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/ingest/index.ts';
import { INPUT_EXTENSIONS } from '../../../../src/core/ingest/extensions.ts';
import { detectFormat } from '../../../../src/core/ingest/detect.ts';
import { MAX_INPUT_BYTES, readInputBytes } from '../../../../src/core/ingest/read-bytes.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readInputBytes', () => {
  it('reads UTF-8 as it is, with nothing to say', () => {
    const { input, notice } = readInputBytes('refs.bib', utf8('@article{a, title={Café}}'));
    expect(input).toEqual({
      name: 'refs.bib',
      text: '@article{a, title={Café}}',
      encoding: 'utf-8',
    });
    expect(notice).toBeNull();
  });

  it('keeps a format given by the caller', () => {
    expect(readInputBytes('x.txt', utf8('a'), 'ris').input.format).toBe('ris');
  });

  it('reads Windows-1252 and says so, naming the file', () => {
    const { input, notice } = readInputBytes('old.csv', bytes(0x93, 0x61, 0x94, 0xe9));
    expect(input.text).toBe('\u201ca\u201d\u00e9');
    expect(input.encoding).toBe('windows-1252');
    expect(notice).toMatch(/^old\.csv: not valid UTF-8; read as Windows-1252/u);
  });

  it('refuses a binary file, broken UTF-16 and a file over the limit, in one line each', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(() => readInputBytes('scan.txt', png)).toThrow(
      new InputError('scan.txt', 'scan.txt: looks like a binary file, not text'),
    );
    expect(() => readInputBytes('u.txt', bytes(0xff, 0xfe, 0x41))).toThrow(
      /^u\.txt: starts as UTF-16LE/u,
    );
    const huge = { length: MAX_INPUT_BYTES + 1 } as Uint8Array;
    expect(() => readInputBytes('dump.json', huge)).toThrow(
      `dump.json: too large (${MAX_INPUT_BYTES + 1} bytes; the limit is 512 MB)`,
    );
  });
});

describe('INPUT_EXTENSIONS', () => {
  it('are the extensions detectFormat knows, so a file picker offers every readable file', () => {
    expect(INPUT_EXTENSIONS).toContain('.bib');
    expect(INPUT_EXTENSIONS).toContain('.nbib');
    for (const ext of INPUT_EXTENSIONS) expect(detectFormat(`refs${ext}`, '')).not.toBeNull();
  });
});
