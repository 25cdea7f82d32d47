// Reads input files; a missing or unreadable file is one clear line, not a stack trace. What the
// bytes hold is checked by the core (readInputBytes), as in the page that builds maps.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/ingest/index.ts';
import { MAX_INPUT_BYTES, readInputBytes, tooLargeError } from '../core/ingest/read-bytes.ts';
import type { InputFile } from '../core/pipeline.ts';
import type { InputFormat } from '../core/types.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  EPERM: 'permission denied',
};

export async function readInputFile(name: string, format: InputFormat | null): Promise<InputFile> {
  let bytes: Uint8Array;
  try {
    const info = await stat(name);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    // Checked before reading: a huge file is refused without loading it.
    if (info.size > MAX_INPUT_BYTES) throw tooLargeError(name, info.size);
    bytes = await readFile(name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(
      name,
      `${name}: ${REASONS[code] ?? `cannot read (${code || (error as Error).message})`}`,
    );
  }
  const { input, notice } = readInputBytes(name, bytes, format);
  // One line, before the build's own output; the report says it too (inputs[].encoding).
  if (notice) console.error(`papermap: ${notice}`);
  return input;
}
