// A file's bytes to an input of the pipeline, with the checks every shell makes: the CLI (bytes
// from disk) and the page that builds a map (bytes from a dropped file) say the same thing, in
// the same words, about a file that is too large, binary or wrongly encoded.
import type { InputFile } from '../pipeline.ts';
import type { InputFormat } from '../types.ts';
import { decodeText, DecodeError } from './decode.ts';
import { InputError } from './errors.ts';

/** Larger inputs are almost certainly a mistake (a binary, a database dump). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export interface ReadBytesResult {
  input: InputFile;
  /** Said once, before the build's own messages: how the text was decoded when not UTF-8. */
  notice: string | null;
}

export function tooLargeError(name: string, bytes: number): InputError {
  return new InputError(name, `${name}: too large (${bytes} bytes; the limit is 512 MB)`);
}

/** Decodes a file's bytes into an input; a file that is not text is an InputError. */
export function readInputBytes(
  name: string,
  bytes: Uint8Array,
  format: InputFormat | null = null,
): ReadBytesResult {
  if (bytes.length > MAX_INPUT_BYTES) throw tooLargeError(name, bytes.length);
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(name, `${name}: ${error.message}`);
    throw error;
  }
  if (decoded.text.includes('\u0000'))
    throw new InputError(name, `${name}: looks like a binary file, not text`);
  return {
    input: { name, text: decoded.text, encoding: decoded.encoding, ...(format ? { format } : {}) },
    notice: decoded.notice === null ? null : `${name}: ${decoded.notice}`,
  };
}
