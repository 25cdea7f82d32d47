#!/usr/bin/env node
// Builds the default map (public/graph.json) when it is missing or older than what it is made
// from: the paper listing, or the pipeline's source (src/core, src/cli). `npm start` and
// `npm run build` run this first, so a fresh clone shows a map without a separate step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = 'public/graph.json';
const INPUTS = ['data/sparsity-papers.txt', 'src/core', 'src/cli', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const built = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
const stale = INPUTS.filter((p) => newestMtime(p) > built);
if (built > 0 && stale.length === 0) {
  console.log(`papermap: ${OUTPUT} is up to date`);
} else {
  console.log(
    built === 0
      ? `papermap: ${OUTPUT} is missing; building it`
      : `papermap: ${OUTPUT} is older than ${stale.join(', ')}; rebuilding it`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', '--silent', 'build:map'], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('papermap: building the default map failed');
    process.exit(run.status ?? 1);
  }
}
