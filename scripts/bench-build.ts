// One benchmark build in its own process, so that peak memory is this build's alone.
// Prints one JSON line: stage timings, totals, sizes and peak resident memory.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { workerHooks } from '../src/cli/worker-hooks.ts';
import { writeMap } from '../src/cli/write-map.ts';
import { buildMap } from '../src/core/pipeline.ts';

const [file, output] = process.argv.slice(2);
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
// Written as `papermap build -o` writes it: one file, or a split map above 20 MB.
const serialiseStart = performance.now();
const written = await writeMap(output, result.graph, 'auto');
const serialise = performance.now() - serialiseStart;
const totalMs = performance.now() - started;
// What a reader downloads first: the (map) file, gzipped as a server would send it.
const gzipBytes = gzipSync(await readFile(output)).length;
console.log(
  JSON.stringify({
    papers: result.graph.nodes.length,
    edges: result.graph.edges.length,
    clusters: result.graph.attributes.clusters.length,
    timings: { ...result.timings, serialise },
    totalMs,
    bytes: written.bytes,
    gzipBytes,
    detailsBytes: written.details?.bytes ?? 0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    memory,
  }),
);
