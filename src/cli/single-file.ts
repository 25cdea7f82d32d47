// `papermap export --single-file`: one HTML file with the viewer's JS and CSS and the map data
// inline, which opens from file:// and makes no request. The pure steps (inlining, escaping,
// the CSP) are separate from the one that runs Vite, so that tests can check them directly.
// In a checkout the viewer is built from src/app by Vite; an installed package has neither, and
// uses the template that `npm pack` built into it (scripts/build-template.ts).
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_PLACEHOLDER, escapeJsonForScript, injectGraph } from '../core/single-file-data.ts';

export { DATA_PLACEHOLDER, escapeJsonForScript, injectGraph };

/** The page's policy: only the one inline script (by its hash), nothing from any network. */
export function singleFilePolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    // Svelte sets style attributes; the CSS is one inline <style>.
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const scriptTag = /<script type="module" crossorigin src="[^"]+"><\/script>\s*/u;
const styleTag = /<link rel="stylesheet" crossorigin href="[^"]+">\s*/u;

/** Turns Vite's `--mode single` index.html, its one script and one stylesheet into a template. */
export function inlineTemplate(html: string, js: string, css: string): string {
  // The script is inlined as it is (rewriting it could change its meaning): refuse rather than
  // write a page whose script an HTML parser would cut short.
  if (/<\/?script/iu.test(js)) throw new Error('single-file: the app bundle contains "<script"');
  if (/<\/style/iu.test(css)) throw new Error('single-file: the app CSS contains "</style"');
  if (!scriptTag.test(html) || !styleTag.test(html))
    throw new Error('single-file: the built index.html has no single script and stylesheet');
  const hash = `sha256-${createHash('sha256').update(js).digest('base64')}`;
  const policy = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(hash)}" />`;
  return html
    .replace(scriptTag, () => '')
    .replace(styleTag, () => `<style>${css}</style>\n  `)
    .replace('<head>', () => `<head>\n    ${policy}`)
    .replace(
      '</body>',
      () =>
        `  <script type="application/json" id="papermap-data">${DATA_PLACEHOLDER}</script>\n` +
        `    <script type="module">${js}</script>\n  </body>`,
    );
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const viteBin = (root: string) => join(root, 'node_modules/vite/bin/vite.js');

/** Where `npm pack` puts the prebuilt template, relative to the package's root. */
export const PACKAGED_TEMPLATE = 'template/single-file.html';

/** The viewer can't be had: neither a checkout with Vite nor a package with its template. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/**
 * The single-file template: built fresh by Vite in a checkout (so that it is the app as it is
 * now), else the one shipped in the package.
 */
export async function loadSingleFileTemplate(root: string = repoRoot): Promise<string> {
  if (existsSync(join(root, 'src/app')) && existsSync(viteBin(root)))
    return buildSingleFileTemplate(root);
  try {
    return await readFile(join(root, PACKAGED_TEMPLATE), 'utf8');
  } catch {
    throw new TemplateError(
      `no viewer to export with: ${join(root, PACKAGED_TEMPLATE)} is missing and this is not a checkout with Vite (reinstall papermap, or run npm ci in the checkout)`,
    );
  }
}

/** Builds the viewer with `vite build --mode single` (about two seconds) and inlines it. */
export async function buildSingleFileTemplate(root: string = repoRoot): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'papermap-single-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const args = [
        viteBin(root),
        'build',
        '--mode',
        'single',
        '--outDir',
        outDir,
        '--emptyOutDir',
      ];
      const child = spawn(process.execPath, [...args, '--logLevel', 'error'], {
        cwd: root,
        // The export is what readers get: a production build, even when run from a test runner
        // (vitest sets NODE_ENV=test, and Vite builds a development bundle for any value but this).
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`single-file: vite build exited with ${code}`)),
      );
    });
    const assets = await readdir(join(outDir, 'assets'));
    const read = (name: string) => readFile(join(outDir, name), 'utf8');
    const js = assets.filter((f) => f.endsWith('.js'));
    const css = assets.filter((f) => f.endsWith('.css'));
    if (js.length !== 1 || css.length !== 1)
      throw new Error(`single-file: expected one JS and one CSS file, got ${assets.join(', ')}`);
    return inlineTemplate(
      await read('index.html'),
      await read(`assets/${js[0]}`),
      await read(`assets/${css[0]}`),
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
