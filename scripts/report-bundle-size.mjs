#!/usr/bin/env node
// After `vite build`: the total size of the JavaScript a reader downloads, raw and gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let raw = 0;
let gzip = 0;
for (const file of files(DIST).filter((f) => f.endsWith('.js'))) {
  const data = readFileSync(file);
  raw += data.length;
  gzip += gzipSync(data, { level: 9 }).length;
}
console.log(`papermap: JavaScript total ${kb(raw)}, ${kb(gzip)} gzipped`);
