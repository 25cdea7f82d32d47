// Builds the app once, writes the ?data= fixtures beside it and serves it on 127.0.0.1 for all
// e2e files. Without Chromium the tests are skipped with a warning, except on CI, where that is
// an error: a CI run that silently tested nothing would look green.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { MISSING_CHROMIUM, haveChromium, onCI } from './support/chromium.ts';
import { writeFixtures } from './support/fixtures.ts';
import { buildApp, ensureDefaultMap } from './support/site.ts';
import { writeEmbedHosts } from './support/embed-host.ts';
import { writeSingleFile } from './support/single-file.ts';
import { serveDirectory } from './support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseURL: string;
    e2eServedDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!haveChromium()) {
    if (onCI()) throw new Error(`e2e on CI: ${MISSING_CHROMIUM}`);
    console.warn(`\n*** e2e tests SKIPPED: ${MISSING_CHROMIUM} ***\n`);
    project.provide('e2eBaseURL', '');
    project.provide('e2eServedDir', '');
    return;
  }
  const servedDir = await mkdtemp(join(tmpdir(), 'papermap-e2e-'));
  await ensureDefaultMap();
  await buildApp(servedDir);
  await writeFixtures(servedDir);
  await writeSingleFile(servedDir);
  await writeEmbedHosts(servedDir);
  const server = await serveDirectory(servedDir);
  project.provide('e2eBaseURL', server.url);
  project.provide('e2eServedDir', servedDir);
  return async () => {
    await server.close();
    await rm(servedDir, { recursive: true, force: true });
  };
}
