// The command as a terminal shows it: a progress bar on a terminal (a pseudo-terminal made by
// util-linux's `script`), nothing of it when stderr is a file or a pipe.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/core/pipeline.ts';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the progress bar', () => {
  it.skipIf(!hasScript)(
    'shows each stage on a terminal, then clears itself',
    { timeout: 60_000 },
    async () => {
      const out = join(await mkdtemp(join(tmpdir(), 'papermap-pty-')), 'map.json');
      const command = `node bin/papermap.js build data/sparsity-papers.txt -o ${out}`;
      const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null']);
      // The bar redraws at most every few frames, so not every stage of a short build is drawn:
      // the first is, and at least one other.
      const ESC = '\u001b';
      const drawn = [...stdout.matchAll(new RegExp(`${ESC}\\[1G (\\w+) +\\|`, 'g'))].map(
        (m) => m[1],
      );
      expect(drawn[0]).toBe('read');
      expect(new Set(drawn).size, `stages drawn: ${drawn.join(', ')}`).toBeGreaterThanOrEqual(2);
      expect(drawn.every((stage) => (STAGES as readonly string[]).includes(stage))).toBe(true);
      expect(stdout).toContain('\u001b[?25l'); // the cursor hidden while it runs...
      expect(stdout).toContain('\u001b[?25h'); // ...and shown again
      expect(stdout).toContain(`${ESC}[0K`); // the line cleared at the end
    },
  );

  it('is not drawn when stderr is not a terminal', { timeout: 60_000 }, async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'papermap-pipe-')), 'map.json');
    const { stderr } = await promisify(execFile)('node', [
      'bin/papermap.js',
      'build',
      'data/sparsity-papers.txt',
      '-o',
      out,
    ]);
    expect(stderr).toBe('');
  });
});
