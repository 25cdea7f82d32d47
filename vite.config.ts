import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

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

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path (GitHub Pages, a blog's folder).
  base: './',
  plugins: [svelte(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
