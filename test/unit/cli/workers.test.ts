// The worker-thread paths of the build: the same map as on one thread, and a failing worker that
// stops the others and the command at once.
import { describe, expect, it } from 'vitest';
import { analyseInWorkers, workerCount } from '../../../src/cli/analyse-in-workers.ts';
import {
  NEIGHBOURS_WORKER_THRESHOLD,
  searchNeighbours,
} from '../../../src/cli/neighbours-in-worker.ts';
import {
  APPROXIMATE_SEARCH_FROM,
  approximateNeighbours,
  packVectors,
  sparseSearchFor,
} from '../../../src/core/model/approx-knn.ts';
import { mergeNeighbourRows } from '../../../src/core/model/knn-kernel.ts';
import { LAYOUT_WORKER_THRESHOLD, layoutInWorker } from '../../../src/cli/layout-in-worker.ts';
import { computeLayout } from '../../../src/core/model/layout.ts';
import { createRandom } from '../../../src/core/model/random.ts';
import { workerHooks } from '../../../src/cli/worker-hooks.ts';
import { buildMap } from '../../../src/core/pipeline.ts';
import { analyseAll } from '../../../src/core/text/analyse-all.ts';
import { createNlp } from '../../../src/core/text/wink.ts';
import type { Paper } from '../../../src/core/types.ts';
import { recombinedCorpus } from '../../support/corpus.ts';
import { zipfCorpus } from '../../support/zipf-vectors.ts';

describe('building on worker threads', () => {
  it(
    'writes a 2,500-paper map byte for byte as one thread does',
    // Minutes on a loaded 2-core machine (about one on a quiet one): the limit only catches a hang.
    { timeout: 600_000 },
    async () => {
      const papers = 2500;
      // Both worker paths run at this size: text analysis and the neighbour search.
      expect(workerCount(papers)).toBeGreaterThan(0);
      expect(papers).toBeGreaterThanOrEqual(NEIGHBOURS_WORKER_THRESHOLD);
      const input = [{ name: 'big.jsonl', text: recombinedCorpus(papers) }];
      const threaded = await buildMap(input, {}, workerHooks);
      const single = await buildMap(input, {}, { nlp: createNlp });
      expect(threaded.graph.nodes).toHaveLength(papers);
      expect(JSON.stringify(threaded.graph)).toBe(JSON.stringify(single.graph));
      expect(JSON.stringify(threaded.report)).toBe(JSON.stringify(single.report));
    },
  );

  it(
    'analyses in parts across three workers exactly as one instance reads the papers in turn',
    {
      timeout: 240_000,
    },
    async () => {
      // 1,600 papers in 3 slices: each worker posts a part of 500 and a shorter one.
      const texts = recombinedCorpus(1600)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Paper);
      let reported = 0;
      const threaded = await analyseInWorkers(texts, 3, (done) => (reported = done));
      expect(reported).toBe(texts.length);
      expect(threaded).toEqual(analyseAll(createNlp(), texts));
    },
  );

  it('splits the approximate search of a large corpus across workers, with the same lists', async () => {
    const vectors = zipfCorpus(APPROXIMATE_SEARCH_FROM, 4);
    const search = sparseSearchFor(vectors.length)!;
    const parts = await searchNeighbours(vectors, 15, search)!;
    const here = approximateNeighbours(packVectors(vectors), 15, search);
    const merged = mergeNeighbourRows(parts);
    expect(merged.neighbours).toEqual(here.neighbours);
    expect(merged.scores).toEqual(here.scores);
  });

  it('lays out a large map on a worker thread, with the same positions', async () => {
    const n = LAYOUT_WORKER_THRESHOLD;
    const random = createRandom(3);
    const assignments = Array.from({ length: n }, (_, i) => i % 7);
    const edges = Array.from({ length: 4 * n }, (_, e) => ({
      source: e % n,
      target: Math.floor(random() * n),
      weight: random(),
    }));
    const options = {
      seed: 5,
      iterations: 5,
      topics: assignments.map((c, i) => (c ? i % 2 : null)),
    };
    expect(layoutInWorker(n - 1, edges, assignments, options)).toBeNull();
    const there = await layoutInWorker(n, edges, assignments, options)!;
    const here = computeLayout(n, edges, assignments, options);
    expect(there.x).toEqual(here.x);
    expect(there.y).toEqual(here.y);
    expect(there.size).toEqual(here.size);
  });

  it('stops the other workers as soon as one fails, with one line naming it', async () => {
    const paper = (title: string) => ({ title, abstract: 'An abstract.' }) as Paper;
    const papers = [paper('FAIL'), paper('a'), paper('b'), paper('c'), paper('d'), paper('e')];
    let progress = 0;
    const failing = new URL('../../fixtures/workers/failing-analyse-worker.ts', import.meta.url);
    const started = performance.now();
    const error = await analyseInWorkers(papers, 3, () => progress++, failing).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      'worker failing-analyse-worker.ts failed: cannot analyse this slice',
    );
    expect(performance.now() - started).toBeLessThan(20_000);
    // The other two were reporting progress; once stopped they report nothing more.
    expect(progress).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    const after = progress;
    await new Promise((r) => setTimeout(r, 400));
    expect(progress).toBe(after);
  });
});
