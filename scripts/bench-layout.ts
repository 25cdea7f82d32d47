// Times computeLayout on an existing map (graphology JSON with attributes.cluster, .topic and
// edge weights): CPU seconds of the process, and a hash of the positions and sizes, so that runs
// of two versions (alternated, on a shared machine) can be compared for time and for bytes.
// Usage: node --max-old-space-size=8000 --import tsx scripts/bench-layout.ts MAP.json [--out F]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { computeLayout } from '../src/core/model/layout.ts';

const file = process.argv[2];
const out = process.argv.indexOf('--out');
const g = JSON.parse(readFileSync(file, 'utf8'));
const index = new Map<string, number>(g.nodes.map((n: { key: string }, i: number) => [n.key, i]));
const assignments = g.nodes.map((n: { attributes: { cluster: number } }) => n.attributes.cluster);
const topics = g.nodes.map((n: { attributes: { topic: number | null } }) => n.attributes.topic);
const edges = g.edges.map(
  (e: { source: string; target: string; attributes: { weight: number } }) => ({
    source: index.get(e.source)!,
    target: index.get(e.target)!,
    weight: e.attributes.weight,
  }),
);
g.nodes = null;
g.edges = null;
const wall = performance.now();
const cpu = process.cpuUsage();
const layout = computeLayout(assignments.length, edges, assignments, { seed: 42, topics });
const used = process.cpuUsage(cpu);
const hash = createHash('sha256');
for (const a of [layout.x, layout.y, layout.size]) hash.update(new Uint8Array(a.buffer));
console.log(
  JSON.stringify({
    n: assignments.length,
    edges: edges.length,
    wall: +((performance.now() - wall) / 1000).toFixed(2),
    cpu: +((used.user + used.system) / 1e6).toFixed(2),
    hash: hash.digest('hex').slice(0, 16),
  }),
);
if (out > 0)
  writeFileSync(
    process.argv[out + 1],
    JSON.stringify({ x: [...layout.x], y: [...layout.y], size: [...layout.size] }),
  );
