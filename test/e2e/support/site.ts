// Builds what the browser tests and the viewer benchmark open: the default map (if missing) and
// the production build of the app, into a directory that a static server can serve.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function run(
  command: string,
  args: string[],
  quiet = false,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Builds public/graph.json with `npm run build:map` when a fresh clone does not have it yet. */
export async function ensureDefaultMap(): Promise<void> {
  if (existsSync(`${repoRoot}public/graph.json`)) return;
  console.log('e2e: public/graph.json is missing; running `npm run build:map`');
  await run('npm', ['run', '--silent', 'build:map']);
}

/**
 * The environment of a production `vite build` from inside vitest, which sets NODE_ENV=test:
 * Vite keeps a NODE_ENV it finds, and Svelte would then build its development runtime.
 */
export const PRODUCTION_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

/** `vite build` of index.html + src/app into outDir (public/ is copied in, graph.json too). */
export async function buildApp(outDir: string): Promise<void> {
  if (!existsSync(`${repoRoot}index.html`))
    throw new Error('e2e: index.html is missing; there is no app to build yet');
  await run(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    true,
    PRODUCTION_ENV,
  );
}

/** Builds a graph file with the papermap CLI. */
export function buildMap(input: string, output: string, extra: string[] = []): Promise<void> {
  return run(process.execPath, [
    'bin/papermap.js',
    'build',
    input,
    '-o',
    output,
    '--quiet',
    ...extra,
  ]);
}
