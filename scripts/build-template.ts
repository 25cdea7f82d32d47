// `npm pack` runs this first (the prepack script): builds the viewer once with Vite and writes
// the single-file template into the package, so that an installed papermap can export without
// Vite, Svelte or src/app, none of which it ships.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildSingleFileTemplate, PACKAGED_TEMPLATE } from '../src/cli/single-file.ts';

const template = await buildSingleFileTemplate();
await mkdir(dirname(PACKAGED_TEMPLATE), { recursive: true });
await writeFile(PACKAGED_TEMPLATE, template);
console.log(
  `build-template: wrote ${PACKAGED_TEMPLATE} (${(template.length / 1024).toFixed(0)} KB)`,
);
