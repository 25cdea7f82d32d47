import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FIRST_LOAD_BUDGET_KIB,
  firstLoadFiles,
  kib,
  measureBundle,
  scriptsInHtml,
  type Manifest,
} from '../../../scripts/bundle-size.ts';

const html = `<script type="module" crossorigin src="./assets/index-1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/runtime-1.js">
<link rel="stylesheet" crossorigin href="./assets/index-1.css">`;

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-1.js',
    isEntry: true,
    imports: ['_runtime.js', '_svelte.js'],
    dynamicImports: ['src/Panel.svelte'],
  },
  '_runtime.js': { file: 'assets/runtime-1.js' },
  // Imported by the entry but not preloaded by the HTML: still the first load.
  '_svelte.js': { file: 'assets/svelte-1.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared-1.js', imports: ['_runtime.js'] },
  'src/Panel.svelte': { file: 'assets/Panel-1.js', imports: ['index.html', '_later.js'] },
  '_later.js': { file: 'assets/later-1.js' },
  '_index.css': { file: 'assets/index-1.css' },
};

describe('bundle size', () => {
  it('reads the scripts and module preloads of index.html, not its styles', () => {
    expect(scriptsInHtml(html)).toEqual(['assets/index-1.js', 'assets/runtime-1.js']);
  });

  it('counts what the entry imports statically, transitively, and not what loads on demand', () => {
    expect([...firstLoadFiles(manifest, html)].sort()).toEqual([
      'assets/index-1.js',
      'assets/runtime-1.js',
      'assets/shared-1.js',
      'assets/svelte-1.js',
    ]);
  });

  it('counts a script the HTML names even when the manifest does not list it', () => {
    const extra = `${html}<link rel="modulepreload" href="./assets/polyfill.js">`;
    expect(firstLoadFiles(manifest, extra).has('assets/polyfill.js')).toBe(true);
  });

  it(`keeps the viewer's first load within ${FIRST_LOAD_BUDGET_KIB} KiB gzipped`, () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const outDir = mkdtempSync(join(tmpdir(), 'papermap-size-'));
    try {
      const vite = spawnSync(
        process.execPath,
        ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--logLevel', 'error'],
        // As `npm run build` builds it: vitest's NODE_ENV=test would make a development build.
        { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
      );
      expect(vite.status, vite.stderr).toBe(0);
      const { firstLoad, onDemand, builder } = measureBundle(outDir);
      expect(firstLoad.files.length).toBeGreaterThan(0);
      expect(onDemand.files.length).toBeGreaterThan(0);
      // The builder (its page and the worker with wink-nlp's model) is none of the first load.
      expect(builder.files.some((f) => /build-worker/u.test(f))).toBe(true);
      expect(builder.files.some((f) => /MakeMap/u.test(f))).toBe(true);
      expect(builder.gzip).toBeGreaterThan(500 * 1024);
      for (const f of builder.files) expect(firstLoad.files).not.toContain(f);
      expect(
        firstLoad.gzip,
        `first load ${kib(firstLoad.gzip)}: ${firstLoad.files.join(', ')}`,
      ).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KIB * 1024);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
