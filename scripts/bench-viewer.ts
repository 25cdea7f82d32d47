// Viewer benchmark: the built app with the default map and with a generated 10k-paper map, and a
// bare sigma page (scripts/bench-viewer-bare.*) with the same 10k map, in headless Chromium.
// Prints medians of time to first render and of hover-highlight latency, split into the
// JavaScript work of the update and the frame. Headless WebGL is SwiftShader (software), so frame
// times are slow whatever the code does: compare the app with the bare page, not with a GPU.
//
//   npm run bench:viewer [-- --runs 3 --hovers 20]
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { createRandom } from '../src/core/model/random.ts';
import { MISSING_CHROMIUM, haveChromium, launchChromium } from '../test/e2e/support/chromium.ts';
import { buildApp, buildMap, ensureDefaultMap, repoRoot } from '../test/e2e/support/site.ts';
import { serveDirectory } from '../test/e2e/support/static-server.ts';
import { makeCorpus } from './bench-corpus.ts';
import {
  idleFrames,
  installProbe,
  measureHovers,
  warmUp,
  type HoverSample,
  type Probe,
} from './bench-viewer-probe.ts';

const BIG = 10_000;
const TARGETS = { defaultReadyMs: 1000, bigHoverJsMs: 50 };

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    hovers: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
  },
});
const RUNS = Number(args.runs);
const HOVERS = Number(args.hovers);

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

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

/** .bench/graph-10k.json, rebuilt when the corpus or the pipeline (src/core) is newer. */
async function ensureBigMap(): Promise<string> {
  const corpus = join(repoRoot, `.bench/corpus-${BIG}.jsonl`);
  const out = join(repoRoot, '.bench/graph-10k.json');
  if (!existsSync(corpus)) {
    console.log(`bench:viewer: writing ${corpus}`);
    await mkdir(join(repoRoot, '.bench'), { recursive: true });
    await writeFile(corpus, await makeCorpus(BIG, '../shared/datasets'));
  }
  const stale =
    !existsSync(out) ||
    statSync(out).mtimeMs <
      Math.max(statSync(corpus).mtimeMs, newestMtime(join(repoRoot, 'src/core')));
  if (stale) {
    console.log(`bench:viewer: building the ${BIG}-paper map (about half a minute)`);
    await buildMap(corpus, out);
  }
  return out;
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
  idleFrames: number[];
}

async function openScenario(
  browser: Browser,
  baseURL: string,
  s: Scenario,
): Promise<{ page: Page; probe: Probe }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // tsx keeps function names with an `__name` helper that the page lacks; functions that
  // playwright sends to the page would otherwise throw.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(installProbe);
  await page.goto(new URL(s.path, baseURL).href);
  await page.waitForSelector('html[data-ready="true"], html[data-error="true"]', {
    state: 'attached',
    timeout: 120_000,
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
 * loads alternate, then hovers alternate in small batches between the two open pages.
 */
async function runPair(browser: Browser, baseURL: string, pair: Scenario[]): Promise<Result[]> {
  const graph = JSON.parse(await readFile(pair[0].graphFile, 'utf8')) as {
    nodes: { key: string }[];
  };
  const random = createRandom(Number(args.seed));
  const keys = Array.from(
    { length: HOVERS },
    () => graph.nodes[Math.floor(random() * graph.nodes.length)].key,
  );
  const results: Result[] = pair.map((scenario) => ({
    scenario,
    ready: [],
    firstFrame: [],
    hovers: [],
    idleFrames: [],
  }));
  const pages: Page[] = [];
  for (let run = 0; run < RUNS; run++)
    for (const [i, s] of pair.entries()) {
      console.log(`bench:viewer: ${s.name}: load ${run + 1} of ${RUNS}`);
      const { page, probe } = await openScenario(browser, baseURL, s);
      results[i].ready.push(probe.ready ?? NaN);
      results[i].firstFrame.push(probe.firstFrame ?? NaN);
      if (run === RUNS - 1) pages[i] = page;
      else await page.context().close();
    }
  for (const [i, s] of pair.entries()) {
    await warmUp(pages[i], s.hook, keys[keys.length - 1]);
    results[i].idleFrames = await idleFrames(pages[i]);
  }
  console.log(`bench:viewer: ${HOVERS} hovers on each page, alternating`);
  for (let at = 0; at < keys.length; at += 5)
    for (const [i, s] of pair.entries())
      results[i].hovers.push(...(await measureHovers(pages[i], s.hook, keys.slice(at, at + 5))));
  for (const page of pages) await page.context().close();
  return results;
}

function report(results: Result[], chromiumVersion: string) {
  console.log(
    `\nviewer benchmark — headless Chromium ${chromiumVersion}, software WebGL (SwiftShader), 1280×800`,
  );
  console.log(
    `medians: first render over ${RUNS} loads; hover over ${HOVERS} seeded random papers\n`,
  );
  const spread = (xs: number[]) => `${ms(quantile(xs, 0.25))}–${ms(quantile(xs, 0.75))}`;
  const rows = results.map((r) => {
    const js = r.hovers.map((h) => h.js);
    const frame = r.hovers.map((h) => h.frame);
    return {
      scenario: r.scenario.name,
      'first render': ms(median(r.ready)),
      'hover JS': ms(median(js)),
      'JS p25–p75': spread(js),
      'hover → next frame': ms(median(frame)),
      'frame p25–p75': spread(frame),
      'idle frame': ms(median(r.idleFrames)),
    };
  });
  console.table(rows);
  console.log(
    [
      'first render: navigation start → data-ready (app: map drawn; bare: sigma constructed and drawn)',
      'hover JS: the hover call + the microtasks (Svelte effects) + the animation-frame callbacks',
      '  (sigma process/render) it caused; hover → next frame: until the first frame that begins',
      '  after all of that work (the GPU work of the draw delays it); idle frame: frames with nothing to draw',
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
  if (big) {
    const js = median(big.hovers.map((h) => h.js));
    console.log(
      `  ${BIG} papers, hover JS under ${TARGETS.bigHoverJsMs} ms: ${ms(js)} — ${verdict(js < TARGETS.bigHoverJsMs)}`,
    );
  }
  if (big && bare) {
    const a = median(big.hovers.map((h) => h.frame));
    const b = median(bare.hovers.map((h) => h.frame));
    // Frames come at 60 Hz at best: within one frame (16.7 ms) of the bare page counts as equal.
    console.log(
      `  ${BIG} papers, hover frame no slower than bare sigma: ${ms(a)} vs ${ms(b)} — ${verdict(a <= b + 16.7)}`,
    );
  }
}

async function main() {
  if (!haveChromium()) throw new Error(MISSING_CHROMIUM);
  await ensureDefaultMap();
  const bigMap = await ensureBigMap();
  const servedDir = await mkdtemp(join(tmpdir(), 'papermap-bench-viewer-'));
  try {
    console.log('bench:viewer: building the app and the bare sigma page');
    await buildApp(servedDir);
    await buildBarePage(join(servedDir, 'bare'));
    await copyFile(bigMap, join(servedDir, 'graph-10k.json'));
    const server = await serveDirectory(servedDir);
    const browser = await launchChromium();
    try {
      const defaultMap = join(servedDir, 'graph.json');
      const bigFile = join(servedDir, 'graph-10k.json');
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
          path: '?data=graph-10k.json',
          hook: 'app',
          graphFile: bigFile,
        },
        {
          name: `bare sigma, ${BIG} papers`,
          path: 'bare/bench-viewer-bare.html?data=../graph-10k.json',
          hook: 'bare',
          graphFile: bigFile,
        },
      ];
      const results: Result[] = [
        ...(await runPair(browser, server.url, scenarios.slice(0, 2))),
        ...(await runPair(browser, server.url, scenarios.slice(2, 4))),
      ];
      report(results, browser.version());
      await writeFile(join(repoRoot, '.bench/bench-viewer.json'), JSON.stringify(results, null, 2));
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(servedDir, { recursive: true, force: true });
  }
}

await main();
