import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { buildSingleFileTemplate } from './src/cli/single-file.ts';
import { readVersions } from './src/cli/versions.ts';

// The built page's Content-Security-Policy. The app makes no third-party requests of its own;
// `connect-src` also allows https: so that `?data=<url>` can open a graph file on another site
// (which must allow it with CORS). Inline styles are allowed for the style attributes Svelte
// sets (positions, colours); scripts only from the page's own origin.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'papermap-csp',
    apply: 'build', // the dev server injects inline scripts for hot reload
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Where the site keeps the one-file map's template, for "Make a map" to fill in the browser. */
const SINGLE_FILE_TEMPLATE = 'single-file.html';

/**
 * The one-file map's template, beside the site: the page that makes a map in the browser fills
 * it with the map's data and offers the file for download, so it must be the template that
 * `papermap export --single-file` fills (the same function builds both). The dev server makes it
 * when first asked for.
 */
function singleFileTemplate(): Plugin[] {
  let outDir = 'dist';
  let template: Promise<string> | null = null;
  return [
    {
      name: 'papermap-single-file-template',
      apply: 'build',
      configResolved(config) {
        outDir = resolve(config.root, config.build.outDir);
      },
      async closeBundle() {
        if (this.meta.watchMode) return;
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, SINGLE_FILE_TEMPLATE), await buildSingleFileTemplate());
      },
    },
    {
      name: 'papermap-single-file-template-dev',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use(`/${SINGLE_FILE_TEMPLATE}`, (_req, res, next) => {
          template ??= buildSingleFileTemplate();
          template.then(
            (html) => res.setHeader('Content-Type', 'text/html; charset=utf-8').end(html),
            next,
          );
        });
      },
    },
  ];
}

// `vite build --mode single` builds the template of `papermap export --single-file`: one chunk of
// JS and one of CSS (src/cli/single-file.ts inlines them and the map data into the HTML), no
// public/ copy (the data comes inline) and no CSP tag (the export writes one with the script's hash).
// The one-file map has no "Make a map": the builder would add over a megabyte to every such file.
// Recorded in graph files the page builds, as the CLI records them.
const versions = await readVersions();

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built site works from any sub-path (GitHub Pages, a blog's folder).
  base: './',
  plugins:
    mode === 'single' ? [svelte()] : [svelte(), contentSecurityPolicy(), ...singleFileTemplate()],
  define: {
    __PAPERMAP_VERSIONS__: JSON.stringify(versions),
    __PAPERMAP_CAN_MAKE_MAPS__: JSON.stringify(mode !== 'single'),
  },
  // The build worker imports modules: an ES module worker, as the page loads it.
  worker: { format: 'es' as const },
  publicDir: mode === 'single' ? false : 'public',
  resolve: {
    alias: [
      // graphology's and sigma's EventEmitter: the part of Node's they use (src/app/event-emitter.ts).
      // Not under vitest, whose tests of the pipeline run graphology in Node as the CLI does.
      ...(mode === 'test'
        ? []
        : [
            {
              find: /^events$/u,
              replacement: fileURLToPath(new URL('src/app/event-emitter.ts', import.meta.url)),
            },
          ]),
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    ...(mode === 'single'
      ? {
          cssCodeSplit: false,
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          modulePreload: false,
          // Lazy modules (the PNG export) go into the one script too.
          rolldownOptions: { output: { codeSplitting: false } },
        }
      : {
          // Every browser that runs an es2022 build but Firefox < 115 and Safari < 17 supports
          // <link rel="modulepreload">; those two only lose the preload, not the chunk.
          modulePreload: { polyfill: false },
          // .vite/manifest.json: which chunks the entry imports, so that
          // scripts/report-bundle-size.ts counts all the JavaScript of the first load.
          manifest: true,
        }),
  },
  server: { port: 5173 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
}));
