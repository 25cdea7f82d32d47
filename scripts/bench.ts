// Speed benchmark: builds maps of 1k and 10k generated papers and prints time per stage, papers
// per second and peak memory, as medians over several runs (machines here are shared and noisy).
//   npm run bench [-- --sizes 1000,10000 --runs 3]
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Run {
  papers: number;
  edges: number;
  clusters: number;
  timings: Record<string, number>;
  totalMs: number;
  bytes: number;
  peakRssMb: number;
}

await mkdir('.bench', { recursive: true });
console.log(`papermap bench: ${runs} run(s) per size, medians; node ${process.version}`);
for (const size of sizes) {
  const file = `.bench/corpus-${size}.jsonl`;
  await writeFile(file, await makeCorpus(size, values.datasets));
  const results: Run[] = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench-build.ts', file],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Run);
  }
  const first = results[0];
  const total = median(results.map((r) => r.totalMs));
  console.log(
    `\n${size} papers -> ${first.papers} nodes, ${first.edges} links, ${first.clusters} clusters, file ${(first.bytes / 1e6).toFixed(1)} MB`,
  );
  for (const stage of Object.keys(first.timings))
    console.log(
      `  ${stage.padEnd(11)} ${(median(results.map((r) => r.timings[stage])) / 1000).toFixed(2).padStart(7)} s`,
    );
  console.log(
    `  ${'total'.padEnd(11)} ${(total / 1000).toFixed(2).padStart(7)} s   (${Math.round(size / (total / 1000))} papers/s)`,
  );
  console.log(`  peak memory ${Math.round(median(results.map((r) => r.peakRssMb)))} MB`);
}
