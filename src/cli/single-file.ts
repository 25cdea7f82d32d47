// `papermap export --single-file`: one HTML file with the viewer's JS and CSS and the map data
// inline, which opens from file:// and makes no request. The pure steps (inlining, escaping,
// the CSP) are separate from the one that runs Vite, so that tests can check them directly.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the map data goes in the template. */
export const DATA_PLACEHOLDER = '<!--papermap-data-->';

/**
 * JSON that is safe inside `<script type="application/json">`: every `<` becomes `\u003c` (so a
 * title containing `</script>` or `<!--` cannot end or confuse the block; JSON.parse reads it
 * back as `<`), and U+2028/U+2029 are escaped too.
 */
export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</gu, '\\u003c')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

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

/** The template with the graph file's JSON text in its data block. */
export function injectGraph(template: string, graphJson: string): string {
  if (!template.includes(DATA_PLACEHOLDER)) throw new Error('single-file: no data placeholder');
  return template.replace(DATA_PLACEHOLDER, () => escapeJsonForScript(graphJson));
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the viewer with `vite build --mode single` (about two seconds) and inlines it. */
export async function buildSingleFileTemplate(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'papermap-single-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
      const args = [vite, 'build', '--mode', 'single', '--outDir', outDir, '--emptyOutDir'];
      const child = spawn(process.execPath, [...args, '--logLevel', 'error'], {
        cwd: repoRoot,
        // Vite keeps a NODE_ENV it finds (vitest sets `test`, a shell may have `development`),
        // and Svelte would then inline its larger development runtime.
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
