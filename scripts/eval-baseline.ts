// Runs the scikit-learn baseline (../shared/baseline/peer_map.py: TF-IDF 1-2 grams, LSA(100),
// k-means, cosine 10 nearest neighbours) on exactly the papers papermap mapped, for figures side
// by side in one run. Needs a Python with scikit-learn (Debian: apt-get install python3-sklearn).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphFile } from '../src/core/graph-file.ts';

const SCRIPT = '../shared/baseline/peer_map.py';

export interface BaselineResult {
  ids: string[];
  cluster: number[];
  /** Each paper's 10 nearest neighbours (ids), nearest first. */
  neighbours: string[][];
  seconds: number;
}

/** A Python that has scikit-learn: Debian's first, since a pyenv shim may not. */
function findPython(): string | null {
  for (const python of ['/usr/bin/python3', 'python3'])
    if (spawnSync(python, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0)
      return python;
  return null;
}

/** The baseline's result, or why it could not run. */
export async function runBaseline(
  graph: GraphFile,
  labels: ReadonlyMap<string, string>,
  k: number,
): Promise<BaselineResult | string> {
  if (!existsSync(SCRIPT)) return `${SCRIPT} is missing`;
  const python = findPython();
  if (!python) return 'no Python with scikit-learn; apt-get install python3-sklearn';
  const dir = await mkdtemp(join(tmpdir(), 'papermap-baseline-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const out = join(dir, 'out.json');
    // The label field only makes the script print its own scores; ours are computed from `out`.
    const lines = graph.nodes.map((n) =>
      JSON.stringify({
        id: n.key,
        title: n.attributes.title,
        abstract: n.attributes.abstract,
        ...(labels.has(n.key) ? { label: labels.get(n.key) } : {}),
      }),
    );
    await writeFile(corpus, lines.join('\n') + '\n');
    const run = spawnSync(python, [SCRIPT, corpus, String(k), out], { encoding: 'utf8' });
    if (run.status !== 0) return `peer_map.py failed: ${run.stderr.trim().split('\n').at(-1)}`;
    const result = JSON.parse(await readFile(out, 'utf8')) as {
      ids: string[];
      cluster: number[];
      neighbours: number[][];
      seconds: number;
    };
    return {
      ids: result.ids,
      cluster: result.cluster,
      neighbours: result.neighbours.map((row) => row.map((j) => result.ids[j])),
      seconds: result.seconds,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
