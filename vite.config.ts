import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

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

// `vite build --mode single` builds the template of `papermap export --single-file`: one chunk of
// JS and one of CSS (src/cli/single-file.ts inlines them and the map data into the HTML), no
// public/ copy (the data comes inline) and no CSP tag (the export writes one with the script's hash).
export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built site works from any sub-path (GitHub Pages, a blog's folder).
  base: './',
  plugins: mode === 'single' ? [svelte()] : [svelte(), contentSecurityPolicy()],
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
