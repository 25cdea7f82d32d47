// Viewer benchmark: the built app with the default map and with a generated map of --papers
// papers (10,000 by default), and a bare sigma page (scripts/bench-viewer-bare.*) with the same
// map, in headless Chromium. Prints medians of time to first render, of hover and selection
// latency (split into the JavaScript work of the update and the frame), the tab's JS heap and
// the map file's size. Headless WebGL is SwiftShader (software), so frame times are slow whatever
// the code does: compare the app with the bare page, not with a GPU.
//
//   npm run bench:viewer [-- --runs 3 --hovers 20 --papers 10000 --tile --strip --only-big]
//
// --papers N builds .bench/graph-<N>.json with the pipeline from a generated corpus
// (scripts/bench-corpus.ts; 30,000 papers take minutes, 100,000 a quarter of an hour or more);
// --tile makes it instead by copying the 10,000-paper map's papers and links (seconds;
// scripts/bench-scale-map.ts); --strip empties the papers' abstracts, authors, keyphrases and
// links, as a map without abstracts would. The app is built here with the loader's size limit
// raised (bench only), since maps over 50 MB would otherwise be refused.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import type { GraphFile } from '../src/core/graph-file.ts';
import { createRandom } from '../src/core/model/random.ts';
import { MISSING_CHROMIUM, haveChromium, launchChromium } from '../test/e2e/support/chromium.ts';
import { buildMap, ensureDefaultMap, repoRoot } from '../test/e2e/support/site.ts';
import { serveDirectory } from '../test/e2e/support/static-server.ts';
import { buildBenchApp, serveMap } from './bench-app.ts';
import { makeCorpus } from './bench-corpus.ts';
import { stripMap, tileMap } from './bench-scale-map.ts';
import {
  idleFrames,
  installProbe,
  measureUpdates,
  warmUp,
  type Action,
  type HoverSample,
  type Probe,
} from './bench-viewer-probe.ts';

const TARGETS = { defaultReadyMs: 1000, updateJsMs: 20, readyVsBare: 2 };

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    hovers: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
    papers: { type: 'string', default: '10000' },
    tile: { type: 'boolean', default: false },
    strip: { type: 'boolean', default: false },
    'only-big': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const HOVERS = Number(args.hovers);
const BIG = Number(args.papers);
const PIPELINE_BASE = 10_000;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) =>
  Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : 'n/a';
const mb = (bytes: number) =>
  Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MB` : 'n/a';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}
const olderThan = (out: string, ...inputs: number[]) =>
  !existsSync(out) || statSync(out).mtimeMs < Math.max(...inputs);

/** .bench/graph-<n>.json, rebuilt when the corpus or the pipeline (src/core) is newer. */
async function ensurePipelineMap(n: number): Promise<string> {
  const corpus = join(repoRoot, `.bench/corpus-${n}.jsonl`);
  const out = join(repoRoot, `.bench/graph-${n}.json`);
  if (!existsSync(corpus)) {
    console.log(`bench:viewer: writing ${corpus}`);
    await mkdir(join(repoRoot, '.bench'), { recursive: true });
    await writeFile(corpus, await makeCorpus(n, '../shared/datasets'));
  }
  if (olderThan(out, statSync(corpus).mtimeMs, newestMtime(join(repoRoot, 'src/core')))) {
    console.log(`bench:viewer: building the ${n}-paper map (10,000 take a minute or more)`);
    await buildMap(corpus, out);
  }
  return out;
}

/** The benchmark's big map: built by the pipeline, or tiled from the 10k map; maybe stripped. */
async function ensureBigMap(): Promise<string> {
  const base = await ensurePipelineMap(args.tile ? PIPELINE_BASE : BIG);
  if (!args.tile && !args.strip) return base;
  const out = join(
    repoRoot,
    `.bench/graph-${BIG}${args.tile ? '-tiled' : ''}${args.strip ? '-stripped' : ''}.json`,
  );
  if (
    olderThan(
      out,
      statSync(base).mtimeMs,
      statSync(join(repoRoot, 'scripts/bench-scale-map.ts')).mtimeMs,
    )
  ) {
    console.log(`bench:viewer: writing ${out}`);
    let file = JSON.parse(await readFile(base, 'utf8')) as GraphFile;
    if (args.tile) file = tileMap(file, BIG);
    if (args.strip) file = stripMap(file);
    await writeFile(out, JSON.stringify(file));
  }
  return out;
}

/** The map file's size as served, and gzipped (what a server that compresses would send). */
async function fileSizes(path: string): Promise<{ raw: number; gzipped: number }> {
  const bytes = await readFile(path);
  return { raw: bytes.length, gzipped: (await promisify(gzip)(bytes)).length };
}

async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(repoRoot, 'scripts'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(repoRoot, 'scripts/bench-viewer-bare.html') },
    },
  });
}

interface Scenario {
  name: string;
  path: string;
  hook: 'app' | 'bare';
  graphFile: string;
}

interface Result {
  scenario: Scenario;
  ready: number[];
  firstFrame: number[];
  hovers: HoverSample[];
  selects: HoverSample[];
  idleFrames: number[];
  /** JS heap in use after a garbage collection, once the map was ready (one per load). */
  heapAtReady: number[];
  /** The same after the hovers and selections. */
  heapAtEnd: number;
}

/** The tab's JS heap in use after a full garbage collection (Chromium's DevTools protocol). */
async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}

async function openScenario(
  browser: Browser,
  baseURL: string,
  s: Scenario,
): Promise<{ page: Page; probe: Probe }> {
  // Reduced motion: a selection moves the camera at once, so its cost is one redraw, not an
  // animation's worth of frames.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // tsx keeps function names with an `__name` helper that the page lacks; functions that
  // playwright sends to the page would otherwise throw.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(installProbe);
  await page.goto(new URL(s.path, baseURL).href, { timeout: 300_000 });
  await page.waitForSelector('html[data-ready="true"], html[data-error="true"]', {
    state: 'attached',
    timeout: 300_000,
  });
  if ((await page.locator('html').getAttribute('data-error')) === 'true')
    throw new Error(
      `${s.name}: the page shows an error: ${await page.locator('[role="alert"]').allInnerTexts()}`,
    );
  const probe = await page.evaluate(async (hook) => {
    const p = window.__probe!;
    if (hook === 'bare') p.ready = window.__bare!.firstRender;
    await new Promise((r) => p.raf(r));
    return { ready: p.ready, firstFrame: p.firstFrameAfterReady } as Probe;
  }, s.hook);
  if (errors.length) console.warn(`bench:viewer: ${s.name}: page errors: ${errors.join(' | ')}`);
  return { page, probe };
}

/**
 * Runs the app and the bare page on one map, interleaved so that both see the same machine load:
 * loads alternate, then hovers and selections alternate in small batches between the two pages.
 */
async function runPair(browser: Browser, baseURL: string, pair: Scenario[]): Promise<Result[]> {
  const graph = JSON.parse(await readFile(pair[0].graphFile, 'utf8')) as {
    nodes: { key: string }[];
  };
  const random = createRandom(Number(args.seed));
  const pick = () => graph.nodes[Math.floor(random() * graph.nodes.length)].key;
  const keys = Array.from({ length: HOVERS }, pick);
  const selectKeys = Array.from({ length: HOVERS }, pick);
  const results: Result[] = pair.map((scenario) => ({
    scenario,
    ready: [],
    firstFrame: [],
    hovers: [],
    selects: [],
    idleFrames: [],
    heapAtReady: [],
    heapAtEnd: NaN,
  }));
  const pages: Page[] = [];
  for (let run = 0; run < RUNS; run++)
    for (const [i, s] of pair.entries()) {
      console.log(`bench:viewer: ${s.name}: load ${run + 1} of ${RUNS}`);
      const { page, probe } = await openScenario(browser, baseURL, s);
      results[i].ready.push(probe.ready ?? NaN);
      results[i].firstFrame.push(probe.firstFrame ?? NaN);
      results[i].heapAtReady.push(await usedHeap(page));
      if (run === RUNS - 1) pages[i] = page;
      else await page.context().close();
    }
  for (const [i, s] of pair.entries()) {
    await warmUp(pages[i], s.hook, keys[keys.length - 1]);
    results[i].idleFrames = await idleFrames(pages[i]);
  }
  const alternate = async (action: Action, list: string[], into: 'hovers' | 'selects') => {
    console.log(`bench:viewer: ${list.length} ${into} on each page, alternating`);
    for (let at = 0; at < list.length; at += 5)
      for (const [i, s] of pair.entries())
        results[i][into].push(
          ...(await measureUpdates(pages[i], s.hook, list.slice(at, at + 5), action)),
        );
  };
  await alternate('hoverNode', keys, 'hovers');
  await alternate('selectNode', selectKeys, 'selects');
  for (const [i, page] of pages.entries()) {
    results[i].heapAtEnd = await usedHeap(page);
    await page.context().close();
  }
  return results;
}

function report(
  results: Result[],
  chromiumVersion: string,
  sizes: { raw: number; gzipped: number },
  bigFile: string,
) {
  console.log(
    `\nviewer benchmark — headless Chromium ${chromiumVersion}, software WebGL (SwiftShader), 1280×800`,
  );
  console.log(
    `medians: first render over ${RUNS} loads; hover and select over ${HOVERS} seeded random papers each\n`,
  );
  const spread = (xs: number[]) => `${ms(quantile(xs, 0.25))}–${ms(quantile(xs, 0.75))}`;
  const rows = results.map((r) => {
    const js = r.hovers.map((h) => h.js);
    const selectJs = r.selects.map((h) => h.js);
    return {
      scenario: r.scenario.name,
      'first render': ms(median(r.ready)),
      'hover JS': ms(median(js)),
      'hover p25–p75': spread(js),
      'hover → frame': ms(median(r.hovers.map((h) => h.frame))),
      'select JS': ms(median(selectJs)),
      'select p25–p75': spread(selectJs),
      'select → frame': ms(median(r.selects.map((h) => h.frame))),
      'idle frame': ms(median(r.idleFrames)),
      'heap at ready': mb(median(r.heapAtReady)),
      'heap at end': mb(r.heapAtEnd),
    };
  });
  console.table(rows);
  console.log(
    [
      'first render: navigation start → data-ready (app: map drawn; bare: sigma constructed and drawn)',
      'hover/select JS: the call + the microtasks (Svelte effects) + the animation-frame callbacks',
      '  (sigma process/render) it caused; → frame: until the first frame that begins after all',
      '  of that work (the GPU work of the draw delays it); idle frame: frames with nothing to draw',
      '  (bare sigma has no selection: its "select" is its hover highlight)',
      'heap: JS heap in use after a forced garbage collection (DevTools Performance.getMetrics)',
      `map file (${bigFile.replace(repoRoot, '')}): ${mb(sizes.raw)}, gzipped ${mb(sizes.gzipped)}`,
    ].join('\n'),
  );
  const find = (name: string) => results.find((r) => r.scenario.name === name);
  const small = find('app, default map');
  const big = find(`app, ${BIG} papers`);
  const bare = find(`bare sigma, ${BIG} papers`);
  const verdict = (ok: boolean) => (ok ? 'MET' : 'MISSED');
  console.log('\ntargets:');
  if (small) {
    const r = median(small.ready);
    console.log(
      `  default map ready in under ${TARGETS.defaultReadyMs} ms: ${ms(r)} — ${verdict(r < TARGETS.defaultReadyMs)}`,
    );
  }
  if (big)
    for (const [what, samples] of [
      ['hover', big.hovers],
      ['select', big.selects],
    ] as const) {
      const js = median(samples.map((h) => h.js));
      console.log(
        `  ${BIG} papers, ${what} JS under ${TARGETS.updateJsMs} ms: ${ms(js)} — ${verdict(js < TARGETS.updateJsMs)}`,
      );
    }
  if (big && bare) {
    const a = median(big.ready);
    const b = median(bare.ready);
    console.log(
      `  ${BIG} papers, first render under ${TARGETS.readyVsBare}× bare sigma's: ${ms(a)} vs ${ms(b)} — ${verdict(a < b * TARGETS.readyVsBare)}`,
    );
    const fa = median(big.hovers.map((h) => h.frame));
    const fb = median(bare.hovers.map((h) => h.frame));
    // Frames come at 60 Hz at best: within one frame (16.7 ms) of the bare page counts as equal.
    console.log(
      `  ${BIG} papers, hover frame no slower than bare sigma: ${ms(fa)} vs ${ms(fb)} — ${verdict(fa <= fb + 16.7)}`,
    );
  }
}

async function main() {
  if (!haveChromium()) throw new Error(MISSING_CHROMIUM);
  await ensureDefaultMap();
  const bigMap = await ensureBigMap();
  const sizes = await fileSizes(bigMap);
  const servedDir = await mkdtemp(join(tmpdir(), 'papermap-bench-viewer-'));
  try {
    console.log('bench:viewer: building the app and the bare sigma page');
    await buildBenchApp(servedDir);
    await buildBarePage(join(servedDir, 'bare'));
    const bigName = await serveMap(bigMap, servedDir);
    const server = await serveDirectory(servedDir);
    const browser = await launchChromium();
    try {
      const defaultMap = join(servedDir, 'graph.json');
      const bigFile = join(servedDir, bigName);
      const scenarios: Scenario[] = [
        { name: 'app, default map', path: '', hook: 'app', graphFile: defaultMap },
        {
          name: 'bare sigma, default map',
          path: 'bare/bench-viewer-bare.html?data=../graph.json',
          hook: 'bare',
          graphFile: defaultMap,
        },
        {
          name: `app, ${BIG} papers`,
          path: `?data=${bigName}`,
          hook: 'app',
          graphFile: bigFile,
        },
        {
          name: `bare sigma, ${BIG} papers`,
          path: `bare/bench-viewer-bare.html?data=../${bigName}`,
          hook: 'bare',
          graphFile: bigFile,
        },
      ];
      const results: Result[] = [
        ...(args['only-big'] ? [] : await runPair(browser, server.url, scenarios.slice(0, 2))),
        ...(await runPair(browser, server.url, scenarios.slice(2, 4))),
      ];
      report(results, browser.version(), sizes, bigMap);
      await writeFile(
        join(repoRoot, `.bench/bench-viewer-${BIG}.json`),
        JSON.stringify({ sizes, results }, null, 2),
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(servedDir, { recursive: true, force: true });
  }
}

await main();
