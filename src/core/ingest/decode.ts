// Input bytes to text. Reference managers and spreadsheets still write files that are not UTF-8:
// UTF-16 with a byte-order mark (Excel's "Unicode text"), or Windows-1252 (older JabRef, EndNote
// and Excel CSV on Windows). Decoding those as UTF-8 turns every accented letter into U+FFFD, so
// a BOM is honoured, and a file that is not valid UTF-8 is read as Windows-1252 and said to be.
// TextDecoder with these labels is in every engine papermap runs in (Node, browsers, workers).

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: InputEncoding;
  /**
   * Why the text is not plain UTF-8, in words for a notice; null for UTF-8 (with or without a
   * BOM), which needs no word.
   */
  notice: string | null;
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);

function strict(encoding: InputEncoding, bytes: Uint8Array): string | null {
  try {
    // The BOM, if any, is dropped by the decoder (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252's characters for bytes 0x80-0x9F (WHATWG's table; its five unassigned bytes keep
 * their C1 code points). The other bytes are their own code points. Written out, because Node's
 * TextDecoder reads "windows-1252" as ISO-8859-1 and would turn curly quotes and dashes into
 * control characters.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Every byte is a character in Windows-1252, so nothing becomes U+FFFD. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** Decodes a file's bytes; throws DecodeError only for UTF-16 that is broken (odd bytes, lone surrogates). */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const [encoding, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (!startsWith(bytes, ...bom)) continue;
    const text = strict(encoding, bytes);
    if (text === null)
      throw new DecodeError(
        `starts as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()}`,
      );
    return {
      text,
      encoding,
      notice: `read as ${encoding.toUpperCase()} (its byte-order mark says so)`,
    };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', notice: null };
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    notice: 'not valid UTF-8; read as Windows-1252 (Latin-1): check its accented letters',
  };
}
