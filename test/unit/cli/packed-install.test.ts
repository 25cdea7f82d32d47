// The package as a user gets it: `npm pack` (whose prepack step builds the viewer template), the
// tarball installed into an empty folder with production dependencies only, and the CLI run from
// there with npx. It needs the npm registry and takes about half a minute.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGraphFile, type GraphFile } from '../../../src/core/graph-file.ts';

const exec = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = 'sparsity-papers.txt';
const TIMEOUT = 5 * 60_000;

/**
 * A user's shell rather than this test run: npm's configuration stays (a registry, a CA file),
 * but not what `npm test` says about the checkout's own script run (npm_package_*,
 * npm_lifecycle_*, its local prefix), nor NODE_ENV=test, nor the checkout's node_modules/.bin
 * folders on the PATH, where a papermap other than the installed one could be found.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const testRun =
    /^(npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$|NODE_ENV$|VITEST)/iu;
  for (const [key, value] of Object.entries(process.env)) if (!testRun.test(key)) env[key] = value;
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.endsWith(join('node_modules', '.bin')))
    .join(delimiter);
  return env;
}

const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

describe('the packed package, installed with --omit=dev', { timeout: TIMEOUT }, () => {
  let dir: string;
  let app: string;
  const env = userEnv();
  const run = (cwd: string, command: string, args: string[]) =>
    exec(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
  const papermap = (...args: string[]) => run(app, 'npx', ['--no', '--', 'papermap', ...args]);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'papermap-pack-'));
    await run(repoRoot, 'npm', ['pack', '--silent', '--pack-destination', dir]);
    const tarballs = (await readdir(dir)).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toEqual([`papermap-${version}.tgz`]);
    app = join(dir, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), '{ "name": "papermap-user", "private": true }\n');
    const install = ['install', '--omit=dev', '--no-audit', '--no-fund', join(dir, tarballs[0]!)];
    await run(app, 'npm', install);
    await copyFile(join(repoRoot, 'data', CORPUS), join(app, CORPUS));
  }, TIMEOUT);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('installs the CLI and the template, and no dev dependency', () => {
    const pkg = join(app, 'node_modules/papermap');
    expect(existsSync(join(pkg, 'template/single-file.html'))).toBe(true);
    expect(existsSync(join(pkg, 'src/cli/main.ts'))).toBe(true);
    expect(existsSync(join(pkg, 'src/app'))).toBe(false);
    for (const dev of ['vite', 'svelte', 'vitest', 'typescript'])
      expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
  });

  it('prints its version and its usage', async () => {
    expect((await papermap('--version')).stdout.trim()).toBe(version);
    const help = (await papermap('--help')).stdout;
    expect(help).toMatch(/^Usage: papermap build <inputs\.\.\.> -o <graph\.json>/u);
    expect(help).toContain('papermap export <graph.json | inputs...> --single-file <map.html>');
  });

  it('builds the default map: 47 papers, every version known, the bytes the checkout writes', async () => {
    await papermap('build', CORPUS, '-o', 'map.json', '--quiet');
    const text = await readFile(join(app, 'map.json'), 'utf8');
    const graph: GraphFile = validateGraphFile(JSON.parse(text));
    expect(graph.nodes).toHaveLength(47);
    const versions = graph.attributes.build.versions;
    expect(versions.papermap).toBe(version);
    expect(Object.entries(versions).filter(([, v]) => v === 'unknown')).toEqual([]);

    // The checkout's CLI, same input name and options: the install layout changes nothing.
    const checkoutCli = join(repoRoot, 'bin/papermap.js');
    await run(app, process.execPath, [checkoutCli, 'build', CORPUS, '-o', 'checkout.json', '-q']);
    const checkout = await readFile(join(app, 'checkout.json'), 'utf8');
    // Different bytes from different dependency versions mean that npm resolved a newer
    // release than package-lock.json holds: say so, rather than only that the bytes differ.
    expect(versions, 'the installed dependency versions (npm update the lock?)').toEqual(
      (JSON.parse(checkout) as GraphFile).attributes.build.versions,
    );
    expect(text === checkout, 'map.json is byte-identical to the checkout build').toBe(true);
  });

  it('exports the map as one HTML file with the packaged viewer', async () => {
    const { stdout } = await papermap('export', 'map.json', '--single-file', 'map.html');
    expect(stdout).toMatch(/^Wrote map\.html \(\d+ KB\)/u);
    const html = await readFile(join(app, 'map.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    const block = html.match(
      /<script type="application\/json" id="papermap-data">(.*?)<\/script>/su,
    );
    const graph = validateGraphFile(JSON.parse(block![1]!));
    expect(graph.nodes).toHaveLength(47);
    // Nothing the page loads from elsewhere (the icon is a data: URL), nor a Vite dev server's client.
    expect(html).not.toMatch(
      /<script[^>]* src=|<link[^>]* href="(?!data:)|\.\/assets\/|@vite\/client/u,
    );
  });
});
