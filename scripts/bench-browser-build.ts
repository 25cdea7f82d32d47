// In-browser build benchmark: "Make a map" in headless Chromium beside `papermap build` on the
// same generated corpora, in the same run. Prints, per size, medians of the time per stage in the
// page's worker and in the CLI, the whole build (from "Make the map" to the map's data in the
// page), the worker's peak JS heap (sampled over the DevTools protocol every 100 ms), and the
// longest task on the page's main thread while the worker builds (Long Tasks API).
//
//   npm run bench:browser [-- --sizes 1000,10000 --runs 3]
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { MISSING_CHROMIUM, haveChromium, launchChromium } from '../test/e2e/support/chromium.ts';
import { buildApp } from '../test/e2e/support/site.ts';
import { serveDirectory } from '../test/e2e/support/static-server.ts';
import { makeCorpus } from './bench-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    datasets: { type: 'string', default: '../shared/datasets' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const TARGET = { papers: 10_000, seconds: 60, heapGb: 1.5, longTaskMs: 200 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface BrowserRun {
  timings: Record<string, number>;
  buildMs: number;
  openMs: number;
  peakHeapMb: number;
  longestTaskMs: number;
  longTasksOver200: number;
  /** Opening the map once built: the viewer's work, as for a served map. */
  openLongestTaskMs: number;
}

/** Samples the build worker's JS heap: the page's session auto-attaches to its workers. */
async function watchWorkerHeap(cdp: CDPSession) {
  let session: string | null = null;
  let peak = 0;
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') session = e.sessionId;
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { result?: { usedSize?: number } };
    if (reply.result?.usedSize) peak = Math.max(peak, reply.result.usedSize);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const timer = setInterval(() => {
    if (session === null) return;
    const message = JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' });
    cdp.send('Target.sendMessageToTarget', { sessionId: session, message }).catch(() => {});
  }, 100);
  return { stop: () => clearInterval(timer), peakMb: () => peak / 1024 / 1024 };
}

async function buildInPage(browser: Browser, url: string, file: string): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}?make=1`);
  const cdp = await context.newCDPSession(page);
  const heap = await watchWorkerHeap(cdp);
  await page.getByLabel('Choose paper files').setInputFiles(file);
  await page.getByRole('button', { name: 'Make the map' }).click();
  await page.waitForFunction(
    () => performance.getEntriesByName('papermap:built').length > 0,
    null,
    {
      timeout: 600_000,
      polling: 250,
    },
  );
  heap.stop();
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 600_000 });
  const measured = await page.evaluate(() => {
    const start = performance.getEntriesByName('papermap:build-start')[0]!.startTime;
    const built = performance.getEntriesByName('papermap:built')[0] as PerformanceMark;
    const ready = performance.now();
    const tasks = (
      window as unknown as { __longTasks: { start: number; duration: number }[] }
    ).__longTasks.filter((t) => t.start >= start && t.start < built.startTime);
    return {
      timings: built.detail as Record<string, number>,
      buildMs: built.startTime - start,
      openMs: ready - built.startTime,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      over: tasks.filter((t) => t.duration > 200).length,
      openLongest: Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((t) => t.start >= built.startTime)
          .map((t) => t.duration),
      ),
      overAt: tasks
        .filter((t) => t.duration > 200)
        .map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - start)} ms`),
    };
  });
  if (measured.overAt.length > 0 && process.env.BENCH_VERBOSE)
    console.log(`  long tasks: ${measured.overAt.join(', ')}`);
  const run = {
    timings: measured.timings,
    buildMs: measured.buildMs,
    openMs: measured.openMs,
    peakHeapMb: heap.peakMb(),
    longestTaskMs: measured.longest,
    longTasksOver200: measured.over,
    openLongestTaskMs: measured.openLongest,
  };
  await context.close();
  return run;
}

interface CliRun {
  timings: Record<string, number>;
  totalMs: number;
  peakRssMb: number;
}

function buildWithCli(file: string): CliRun {
  const args = ['--import', 'tsx', 'scripts/bench-build.ts', file, '.bench/browser-cli-graph.json'];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as CliRun;
}

if (!haveChromium()) {
  console.error(`bench:browser: ${MISSING_CHROMIUM}`);
  process.exit(1);
}
const site = await mkdtemp(join(tmpdir(), 'papermap-bench-browser-'));
await buildApp(site);
const server = await serveDirectory(site);
const browser = await launchChromium();
await mkdir('.bench', { recursive: true });
console.log(
  `papermap bench:browser: ${runs} run(s) per size, medians; headless Chromium ${browser.version()} beside node ${process.version}`,
);
try {
  for (const size of sizes) {
    const file = resolve(`.bench/corpus-${size}.jsonl`);
    await writeFile(file, await makeCorpus(size, values.datasets));
    const page: BrowserRun[] = [];
    const cli: CliRun[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternated, so that a slow spell of the shared machine falls on both.
      cli.push(buildWithCli(file));
      page.push(await buildInPage(browser, server.url, file));
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
    console.log(`\n${size} papers         page (worker)       CLI`);
    for (const stage of Object.keys(page[0]!.timings))
      console.log(
        `  ${stage.padEnd(13)} ${s(median(page.map((p) => p.timings[stage]!)))}   ${s(median(cli.map((c) => c.timings[stage] ?? 0)))}`,
      );
    const pageTotal = median(page.map((p) => p.buildMs));
    const cliTotal = median(cli.map((c) => c.totalMs));
    console.log(
      `  ${'build'.padEnd(13)} ${s(pageTotal)}   ${s(cliTotal)}   (page/CLI ${(pageTotal / cliTotal).toFixed(2)})`,
    );
    console.log(
      `  ${'open the map'.padEnd(13)} ${s(median(page.map((p) => p.openMs)))}   (longest task ${Math.round(median(page.map((p) => p.openLongestTaskMs)))} ms)`,
    );
    console.log(
      `  peak memory   ${Math.round(median(page.map((p) => p.peakHeapMb)))} MB JS heap (worker)   ${Math.round(median(cli.map((c) => c.peakRssMb)))} MB RSS (CLI)`,
    );
    console.log(
      `  longest main-thread task while building ${Math.round(median(page.map((p) => p.longestTaskMs)))} ms (median; max ${Math.round(Math.max(...page.map((p) => p.longestTaskMs)))} ms), tasks over 200 ms: ${page.map((p) => p.longTasksOver200).join(', ')}`,
    );
    if (size === TARGET.papers)
      console.log(
        `  target: ${TARGET.papers} papers in under ${TARGET.seconds} s and ${TARGET.heapGb} GB of JS heap: ${pageTotal / 1000 < TARGET.seconds && median(page.map((p) => p.peakHeapMb)) < TARGET.heapGb * 1024 ? 'met' : 'NOT met'}`,
      );
  }
} finally {
  await browser.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
}
