// Where a hover or a selection's time goes: opens the built app on a map in headless Chromium,
// records a CPU profile (DevTools protocol) around each of a few seeded hovers or selections and
// prints the functions by self time and by total time, summed over them.
//
//   npx tsx scripts/profile-viewer.ts --map .bench/graph-10000.json [--action hoverNode] [--n 10]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRandom } from '../src/core/model/random.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { repoRoot } from '../test/e2e/support/site.ts';
import { serveDirectory } from '../test/e2e/support/static-server.ts';
import { buildBenchApp, serveMap } from './bench-app.ts';
import { installProbe, measureUpdates, warmUp, type Action } from './bench-viewer-probe.ts';

const { values: args } = parseArgs({
  options: {
    map: { type: 'string', default: '.bench/graph-10000.json' },
    action: { type: 'string', default: 'hoverNode' },
    n: { type: 'string', default: '10' },
    served: { type: 'string' },
    top: { type: 'string', default: '30' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function tally(profiles: Profile[]) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      let n = byId.get(p.samples[i])!;
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (;;) {
        const k = name(n);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
        const up = parent.get(n.id);
        if (up === undefined) break;
        n = byId.get(up)!;
      }
    }
  }
  return { self, total };
}

async function main() {
  const map = join(repoRoot, args.map!);
  const served = args.served ?? (await mkdtemp(join(tmpdir(), 'papermap-profile-')));
  if (!existsSync(join(served, 'index.html')))
    await buildBenchApp(served, { minify: false, sourcemap: false });
  const mapName = await serveMap(map, served);
  const server = await serveDirectory(served);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.warn('page error', e.message));
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(installProbe);
    await page.goto(new URL(`?data=${mapName}`, server.url).href, { timeout: 600_000 });
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 600_000 });
    const graph = JSON.parse(await readFile(map, 'utf8')) as { nodes: { key: string }[] };
    const random = createRandom(7);
    const keys = Array.from(
      { length: Number(args.n) },
      () => graph.nodes[Math.floor(random() * graph.nodes.length)].key,
    );
    await warmUp(page, 'app', keys[0]);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const action of args.action!.split(',') as Action[]) {
      const profiles: Profile[] = [];
      const js: number[] = [];
      for (const key of keys) {
        await cdp.send('Profiler.start');
        const [sample] = await measureUpdates(page, 'app', [key], action);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        profiles.push(profile);
        js.push(sample.js);
      }
      console.log(`\n=== JS per ${action}:`, js.map((x) => Math.round(x)).join(' '));
      const { self, total } = tally(profiles);
      const top = (m: Map<string, number>) =>
        [...m]
          .filter(([k]) => !/^\((program|idle|root)\)/.test(k))
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(args.top))
          .map(([k, v]) => `${(v / profiles.length).toFixed(1).padStart(8)} ms  ${k}`)
          .join('\n');
      console.log('\nself time per sample:\n' + top(self));
      console.log('\ntotal time per sample:\n' + top(total));
    }
  } finally {
    await browser.close();
    await server.close();
    if (!args.served) await rm(served, { recursive: true, force: true });
  }
}

await main();
