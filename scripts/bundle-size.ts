// What a reader downloads of the viewer's JavaScript, from a `vite build` (dist/): the first
// load is what index.html loads (its scripts and module preloads) and every chunk those import
// statically, followed through Vite's manifest (.vite/manifest.json, `imports`), since the
// browser fetches them before the app runs whether or not the HTML names them; the rest loads on
// demand (dynamic `import()`). Sizes are gzipped at level 9, in KiB (1,024 bytes), as the budget
// is stated (issue 12).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first load's JavaScript, gzipped, may not pass this. */
export const FIRST_LOAD_BUDGET_KIB = 80;

/** The part of an entry of Vite's build manifest that says what loads what. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The JavaScript files (paths in dist/, no leading `./`) that index.html names. */
export function scriptsInHtml(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(?:\.?\/)?([^"]+\.js)"/gu)].map(
    (m) => m[1],
  );
}

/**
 * The JavaScript files of the first load: the entries' chunks, the scripts the HTML names and,
 * transitively, every chunk any of them imports statically. A file the HTML names is looked up
 * by its output path, so a preload the manifest would not list still counts.
 */
export function firstLoadFiles(manifest: Manifest, html: string): Set<string> {
  const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
  const files = new Set<string>();
  const visit = (chunk: ManifestChunk | undefined) => {
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  for (const chunk of Object.values(manifest)) if (chunk.isEntry) visit(chunk);
  for (const file of scriptsInHtml(html)) {
    if (byFile.has(file)) visit(byFile.get(file));
    else files.add(file);
  }
  return new Set([...files].filter((f) => f.endsWith('.js')));
}

export interface Sizes {
  raw: number;
  gzip: number;
  files: string[];
}

export interface BundleSize {
  firstLoad: Sizes;
  /** The viewer's lazy chunks (panels, dialogs), not the builder. */
  onDemand: Sizes;
  /**
   * "Make a map": its page's chunks and the build worker (wink-nlp and its model, the readers,
   * clustering, layout), which load only when a reader opens it.
   */
  builder: Sizes;
}

/** The manifest key of the page that makes maps, whose chunks are the builder's. */
export const MAKER_PAGE = 'src/app/make/MakeMap.svelte';

const sizes = (dist: string, files: Iterable<string>): Sizes => {
  const out: Sizes = { raw: 0, gzip: 0, files: [...files].sort() };
  for (const file of out.files) {
    const data = readFileSync(join(dist, file));
    out.raw += data.length;
    out.gzip += gzipSync(data, { level: 9 }).length;
  }
  return out;
};

/** Measures a build in `dist` (built with `build.manifest`, as vite.config.ts does). */
export function measureBundle(dist: string): BundleSize {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const first = firstLoadFiles(manifest, readFileSync(join(dist, 'index.html'), 'utf8'));
  const all = new Set(Object.values(manifest).map((c) => c.file));
  // The maker's page and what only it imports; workers are bundled apart and are not in the
  // manifest: every script in assets/ that the manifest does not list is a worker's.
  const maker = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || first.has(chunk.file) || maker.has(chunk.file)) return;
    maker.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit(MAKER_PAGE);
  const workers = readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !all.has(f));
  return {
    firstLoad: sizes(dist, first),
    onDemand: sizes(
      dist,
      [...all].filter((f) => f.endsWith('.js') && !first.has(f) && !maker.has(f)),
    ),
    builder: sizes(dist, [...maker, ...workers]),
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
