// Reads input files as text; a missing or unreadable file is one clear line, not a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/ingest/index.ts';
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
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000'))
      throw new InputError(name, `${name}: looks like a binary file, not text`);
    return format ? { name, text, format } : { name, text };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(
      name,
      `${name}: ${REASONS[code] ?? `cannot read (${code || (error as Error).message})`}`,
    );
  }
}
