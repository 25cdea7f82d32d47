// One benchmark build in its own process, so that peak memory is this build's alone.
// Prints one JSON line: stage timings, totals, sizes and peak resident memory.
import { readFile } from 'node:fs/promises';
import { workerHooks } from '../src/cli/worker-hooks.ts';
import { buildMap } from '../src/core/pipeline.ts';

const file = process.argv[2];
const started = performance.now();
const text = await readFile(file, 'utf8');
// Resident and heap memory as each stage starts: which stage's data holds the peak.
const memory: Record<string, { rssMb: number; heapMb: number }> = {};
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const result = await buildMap(
  [{ name: file, text, format: 'jsonl' }],
  {},
  {
    ...workerHooks,
    onProgress: (stage, done) => {
      if (done > 0 || memory[stage]) return;
      const { rss, heapUsed } = process.memoryUsage();
      memory[stage] = { rssMb: mb(rss), heapMb: mb(heapUsed) };
    },
  },
);
const serialiseStart = performance.now();
const json = JSON.stringify(result.graph);
const serialise = performance.now() - serialiseStart;
console.log(
  JSON.stringify({
    papers: result.graph.nodes.length,
    edges: result.graph.edges.length,
    clusters: result.graph.attributes.clusters.length,
    timings: { ...result.timings, serialise },
    totalMs: performance.now() - started,
    bytes: json.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    memory,
  }),
);
