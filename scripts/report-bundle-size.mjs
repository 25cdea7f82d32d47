#!/usr/bin/env node
// After `vite build`: the JavaScript a reader downloads, raw and gzipped: what index.html loads
// (its scripts and module preloads), and the chunks loaded on demand (the Share dialog, the PNG
// export), if any.
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

// KiB (1,024 bytes), as the budget is stated; Vite prints decimal kB at its default gzip level.
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const loaded = new Set(
  [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\.?\/?([^"]+\.js)"/gu)].map((m) =>
    join(DIST, m[1]),
  ),
);
const size = { first: { raw: 0, gzip: 0 }, later: { raw: 0, gzip: 0 } };
for (const file of files(DIST).filter((f) => f.endsWith('.js'))) {
  const data = readFileSync(file);
  const s = loaded.has(file) ? size.first : size.later;
  s.raw += data.length;
  s.gzip += gzipSync(data, { level: 9 }).length;
}
console.log(
  `papermap: JavaScript on first load ${kb(size.first.raw)}, ${kb(size.first.gzip)} gzipped` +
    (size.later.raw > 0
      ? `; loaded on demand ${kb(size.later.raw)}, ${kb(size.later.gzip)} gzipped`
      : ''),
);
