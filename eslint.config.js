import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', '.shots', 'template'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Written into the app's bundle by Vite (vite.config.ts `define`; declared in src/app/env.d.ts).
    files: ['src/app/**'],
    languageOptions: {
      globals: { __PAPERMAP_VERSIONS__: 'readonly', __PAPERMAP_CAN_MAKE_MAPS__: 'readonly' },
    },
  },
  {
    // Svelte components and rune modules are TypeScript: parse their scripts with typescript-eslint.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig,
      },
    },
  },
  {
    // The core runs in Node, the browser and a worker: no Node-only API, no DOM.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', '*/app/*'] },
      ],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'Buffer', 'require'],
    },
  },
);
