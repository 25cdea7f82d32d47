// Reads input files as text; a missing or unreadable file is one clear line, not a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { decodeText, DecodeError, InputError } from '../core/ingest/index.ts';
import type { InputFile } from '../core/pipeline.ts';
import type { InputFormat } from '../core/types.ts';

/** Larger inputs are almost certainly a mistake (a binary, a database dump). */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  EPERM: 'permission denied',
};

export async function readInputFile(name: string, format: InputFormat | null): Promise<InputFile> {
  try {
    const info = await stat(name);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (info.size > MAX_INPUT_BYTES)
      throw new InputError(name, `${name}: too large (${info.size} bytes; the limit is 512 MB)`);
    const bytes = await readFile(name);
    const { text, encoding, notice } = decodeText(bytes);
    if (text.includes('\u0000'))
      throw new InputError(name, `${name}: looks like a binary file, not text`);
    // One line, before the build's own output; the report says it too (inputs[].encoding).
    if (notice) console.error(`papermap: ${name}: ${notice}`);
    return { name, text, encoding, ...(format ? { format } : {}) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof DecodeError) throw new InputError(name, `${name}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(
      name,
      `${name}: ${REASONS[code] ?? `cannot read (${code || (error as Error).message})`}`,
    );
  }
}
