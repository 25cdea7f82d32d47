// An internal error (a bug, not the user's input) exits 1 with one line, and with the stack trace
// only when PAPERMAP_DEBUG is set. The pipeline is replaced by one that fails, since a real build
// has no way to fail this way on purpose.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';

vi.mock('../../../src/core/pipeline.ts', async (original) => ({
  ...(await original<typeof import('../../../src/core/pipeline.ts')>()),
  buildMap: () =>
    Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')\nmore")),
}));

async function run(...argv: string[]) {
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(
    (...a) => void err.push(a.map((x) => (x instanceof Error ? x.stack : String(x))).join(' ')),
  );
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, lines: err.join('\n').split('\n') };
}

describe('an internal error', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('exits 1 with one line that says how to see more', async () => {
    vi.stubEnv('PAPERMAP_DEBUG', '');
    const { code, lines } = await run('build', 'data/sparsity-papers.txt', '-o', '/tmp/x.json');
    expect(code).toBe(1);
    expect(lines).toEqual([
      "papermap: internal error: Cannot read properties of undefined (reading 'x') (set PAPERMAP_DEBUG=1 to see the stack trace)",
    ]);
  });

  it('with PAPERMAP_DEBUG, exits 1 and prints the stack trace after that line', async () => {
    vi.stubEnv('PAPERMAP_DEBUG', '1');
    const { code, lines } = await run('build', 'data/sparsity-papers.txt', '-o', '/tmp/x.json');
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      "papermap: internal error: Cannot read properties of undefined (reading 'x')",
    );
    expect(lines.some((l) => /^\s+at /.test(l))).toBe(true);
  });
});
