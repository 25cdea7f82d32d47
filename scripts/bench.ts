// Speed benchmark: builds maps of 1k and 10k generated papers and prints time per stage, papers
// per second and peak memory, as medians over several runs (machines here are shared and noisy).
//   npm run bench [-- --sizes 1000,10000 --runs 3]
//   npm run bench -- --papers 100000     the curve: 1k, 10k, 30k and 100k (each size once above 10k
//                                        unless --runs is given), to see which stage grows faster
//                                        than the corpus
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { makeCorpus } from './bench-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    papers: { type: 'string' },
    runs: { type: 'string' },
    datasets: { type: 'string', default: '../shared/datasets' },
  },
});
/** --papers N: the sizes of a scaling curve up to N (1k, 10k, 30k, N, those below N). */
const curve = (top: number) => [1000, 10000, 30000].filter((s) => s < top).concat(top);
const sizes = values.papers
  ? curve(Number(values.papers))
  : (values.sizes ?? '1000,10000').split(',').map(Number);
if (sizes.some((s) => !(Number.isInteger(s) && s >= 2)))
  throw new Error('papermap bench: sizes must be whole numbers of papers, 2 or more.');
/** Large builds take minutes each: one run unless asked for more. */
const runsFor = (size: number) => Number(values.runs ?? (size > 10000 ? 1 : 3));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const mbs = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

interface Run {
  papers: number;
  edges: number;
  clusters: number;
  timings: Record<string, number>;
  totalMs: number;
  bytes: number;
  gzipBytes: number;
  detailsBytes: number;
  peakRssMb: number;
  memory: Record<string, { rssMb: number; heapMb: number }>;
}

await mkdir('.bench', { recursive: true });
console.log(
  `papermap bench: ${sizes.map((s) => `${s} x${runsFor(s)}`).join(', ')}; medians; node ${process.version}`,
);
const curveRows: string[] = [];
for (const size of sizes) {
  const file = `.bench/corpus-${size}.jsonl`;
  await writeFile(file, await makeCorpus(size, values.datasets));
  const results: Run[] = [];
  for (let r = 0; r < runsFor(size); r++) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench-build.ts', file, `.bench/graph-${size}.json`],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Run);
  }
  const first = results[0];
  const total = median(results.map((r) => r.totalMs));
  const split = first.detailsBytes > 0;
  const fileSizes = `${split ? 'map file' : 'file'} ${mbs(first.bytes)} (${mbs(first.gzipBytes)} gzipped)${split ? ` + details ${mbs(first.detailsBytes)}` : ''}`;
  console.log(
    `\n${size} papers -> ${first.papers} nodes, ${first.edges} links, ${first.clusters} clusters, ${fileSizes}`,
  );
  // Resident memory (and JS heap) as each stage starts, from the first run: where the peak builds.
  for (const stage of Object.keys(first.timings)) {
    const held = first.memory[stage];
    console.log(
      `  ${stage.padEnd(11)} ${(median(results.map((r) => r.timings[stage])) / 1000).toFixed(2).padStart(7)} s${held ? `   at start ${held.rssMb} MB (heap ${held.heapMb})` : ''}`,
    );
  }
  console.log(
    `  ${'total'.padEnd(11)} ${(total / 1000).toFixed(2).padStart(7)} s   (${Math.round(size / (total / 1000))} papers/s)`,
  );
  const peak = Math.round(median(results.map((r) => r.peakRssMb)));
  console.log(`  peak memory ${peak} MB`);
  curveRows.push(
    `${String(size).padStart(7)}  ${(total / 1000).toFixed(1).padStart(7)} s  ${String(Math.round(size / (total / 1000))).padStart(6)}  ${((total / size) * 1000).toFixed(0).padStart(6)} µs  ${String(peak).padStart(6)} MB  ${mbs(first.gzipBytes).padStart(8)}`,
  );
}
if (sizes.length > 1) {
  // Time per paper that grows with size marks a stage that is worse than linear.
  console.log(`\n papers    total  papers/s  per paper    peak  first download (gz)`);
  for (const row of curveRows) console.log(row);
}
