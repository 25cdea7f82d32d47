// Builds beyond the 47-paper default map: a 1,000-paper map summarised in a golden file (so a
// change to what larger maps look like shows up in review), and the promise that eval's shortcut
// relies on: clustering with k given is exactly what 'auto' does once it has chosen k.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/unit/core/larger-builds.test.ts
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/pipeline.ts';
import { createNlp } from '../../../src/core/text/wink.ts';
import { recombinedCorpus } from '../../support/corpus.ts';

const GOLDEN = 'test/golden/recombined-1000.summary.json';
const nlp = createNlp();
const hooks = { nlp: () => nlp };

describe('a 1,000-paper map', () => {
  it('is summarised exactly as the golden file has it', { timeout: 180_000 }, async () => {
    const { graph, report } = await buildMap(
      [{ name: 'recombined-1000.jsonl', text: recombinedCorpus(1000) }],
      {},
      hooks,
    );
    const written = JSON.stringify({
      ...graph,
      attributes: { ...graph.attributes, build: { ...graph.attributes.build, versions: {} } },
    });
    const summary =
      JSON.stringify(
        {
          counts: report.counts,
          links: graph.edges.length,
          clusters: graph.attributes.clusters.map((c) => `${c.size} ${c.label}`),
          topics: graph.attributes.topics.length,
          sha256: createHash('sha256').update(written).digest('hex'),
        },
        null,
        1,
      ) + '\n';
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, summary);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(summary).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('choosing k', () => {
  it(
    "gives with --clusters k the map that 'auto' gives when it chooses k",
    { timeout: 60_000 },
    async () => {
      const input = [
        {
          name: 'data/sparsity-papers.txt',
          text: readFileSync('data/sparsity-papers.txt', 'utf8'),
        },
      ];
      const auto = await buildMap(input, {}, hooks);
      const k = auto.graph.attributes.clusters.length;
      const fixed = await buildMap(input, { clusters: k }, hooks);
      const drawn = (g: typeof auto.graph) =>
        JSON.stringify([g.nodes, g.edges, g.attributes.clusters, g.attributes.topics]);
      expect(drawn(fixed.graph)).toBe(drawn(auto.graph));
    },
  );
});
