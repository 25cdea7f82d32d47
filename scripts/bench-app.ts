// What the viewer benchmarks share: the app built with the loader's size limit raised (bench
// only: tiled maps pass the 50 MB a reader's whole map may have), and a map served beside its
// detail files.
import { copyFile, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build, type Plugin, type BuildOptions } from 'vite';
import { detailsFolderName } from '../src/core/split-map.ts';
import { repoRoot } from '../test/e2e/support/site.ts';

/** The app as `vite build` makes it, with the loader's size limit raised; `options` add to its build. */
export async function buildBenchApp(outDir: string, options: BuildOptions = {}): Promise<void> {
  const raiseLimit: Plugin = {
    name: 'bench-raise-map-limit',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('src/core/single-file-data.ts')) return null;
      const raised = code.replace('MAX_MAP_BYTES = 50 * 1024 * 1024', 'MAX_MAP_BYTES = 2 ** 31');
      if (raised === code) throw new Error('bench: MAX_MAP_BYTES is no longer where it was');
      return raised;
    },
  };
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: repoRoot,
    mode: 'production',
    logLevel: 'warn',
    plugins: [raiseLimit],
    build: { ...options, outDir, emptyOutDir: true },
  });
}

/**
 * Puts `map` in `servedDir` under its own name, beside its detail files (a split map names them
 * by its name, so a selection fetches a real abstract as a reader's would); returns that name.
 */
export async function serveMap(map: string, servedDir: string): Promise<string> {
  const name = basename(map);
  await copyFile(map, join(servedDir, name));
  const details = join(dirname(map), detailsFolderName(name));
  if (existsSync(details))
    await symlink(resolve(details), join(servedDir, detailsFolderName(name)));
  return name;
}
