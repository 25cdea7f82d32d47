import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from '../../../../src/core/ingest/decode.ts';

const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return bytes;
};

describe('decoding input files', () => {
  const text = 'author = {Brian Chén and Zoë Müller}, title = {Œuvre – “quoted”}';

  it('reads UTF-8 with or without a byte-order mark, and says nothing', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toEqual({ text, encoding: 'utf-8', notice: null });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8', notice: null });
  });

  it('honours a UTF-16 byte-order mark, either way round', () => {
    expect(decodeText(utf16(text, 'le'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be'))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decodeText(utf16(text, 'le')).notice).toMatch(/UTF-16LE/);
  });

  it('reads what is not UTF-8 as Windows-1252, accents and curly quotes intact, and says so', () => {
    // "Chén Müller – “quoted” Œuvre" as Windows-1252 writes it.
    const bytes = new Uint8Array([
      0x43, 0x68, 0xe9, 0x6e, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x93,
      0x71, 0x94, 0x20, 0x8c, 0x75, 0x76, 0x72, 0x65,
    ]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Chén Müller – “q” Œuvre');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notice).toMatch(/not valid UTF-8; read as Windows-1252/);
  });

  it('refuses broken UTF-16 in one sentence rather than guessing', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toThrow(DecodeError);
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-16LE/);
  });

  it('never replaces a character without saying so', () => {
    // Any string written as UTF-8 comes back as it was, silently.
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.startsWith('\ufeff'));
        const decoded = decodeText(new TextEncoder().encode(s));
        return decoded.text === s && decoded.notice === null;
      }),
    );
    // Any bytes without a UTF-16 mark decode without U+FFFD, or with a notice.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        fc.pre(
          !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff),
        );
        const decoded = decodeText(bytes);
        return decoded.notice !== null || !decoded.text.includes('\ufffd');
      }),
    );
  });
});
