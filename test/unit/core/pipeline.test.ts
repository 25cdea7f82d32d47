import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/ingest/index.ts';
import { OptionsError } from '../../../src/core/options.ts';
import { BuildError, buildMap, type InputFile } from '../../../src/core/pipeline.ts';
import { graphFileProblems } from '../../../src/core/graph-file.ts';
import { createNlp } from '../../../src/core/text/wink.ts';

const nlp = createNlp();
const hooks = { nlp: () => nlp };
const seedCorpus: InputFile = {
  name: 'sparsity-papers.txt',
  text: readFileSync('data/sparsity-papers.txt', 'utf8'),
};

describe('buildMap', () => {
  it('gives the number of clusters asked for, each labelled and coloured', async () => {
    const { graph } = await buildMap([seedCorpus], { clusters: 4 }, hooks);
    expect(graphFileProblems(graph)).toEqual([]);
    const { clusters } = graph.attributes;
    expect(clusters.map((c) => c.id)).toEqual([0, 1, 2, 3]);
    expect(new Set(clusters.map((c) => c.color)).size).toBe(4);
    for (const c of clusters) {
      expect(c.label.length).toBeGreaterThan(3);
      expect(c.keywords.length).toBeGreaterThan(0);
    }
    for (const n of graph.nodes)
      expect(n.attributes.color).toBe(clusters[n.attributes.cluster].color);
  });

  it('links each paper to about as many neighbours as asked', async () => {
    const { graph } = await buildMap([seedCorpus], { neighbours: 3 }, hooks);
    const degree = new Map<string, number>();
    for (const e of graph.edges) {
      expect(e.source).not.toBe(e.target);
      for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    for (const n of graph.nodes) expect(degree.get(n.key) ?? 0).toBeGreaterThanOrEqual(1);
    expect(graph.edges.length).toBeLessThanOrEqual(47 * 3);
    expect(graph.edges.length).toBeGreaterThanOrEqual(47 * 1.5);
  });

  it('records its options and the inputs hash, and no clock time', async () => {
    const { graph } = await buildMap([seedCorpus], { seed: 7, title: 'Sparsity' }, hooks);
    expect(graph.attributes.title).toBe('Sparsity');
    expect(graph.attributes.build.options).toEqual({
      clusters: 'auto',
      neighbours: 8,
      seed: 7,
      keyphrases: 10,
    });
    expect(graph.attributes.build.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(graph)).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('lays out differently for another seed, identically for the same one', async () => {
    const a = await buildMap([seedCorpus], { seed: 1 }, hooks);
    const b = await buildMap([seedCorpus], { seed: 1 }, hooks);
    const c = await buildMap([seedCorpus], { seed: 2 }, hooks);
    expect(JSON.stringify(a.graph)).toBe(JSON.stringify(b.graph));
    const xs = (g: typeof a.graph) => g.nodes.map((n) => n.attributes.x).join();
    expect(xs(c.graph)).not.toBe(xs(a.graph));
  });

  it('merges the same paper from two inputs and accounts for every record', async () => {
    const json: InputFile = {
      name: 'extra.json',
      text: JSON.stringify([
        { title: 'Fast Sparse ConvNets', abstract: '', year: 2019 },
        { title: 'A Paper Only Here', abstract: 'About sparse attention in transformers.' },
        'not a record',
      ]),
    };
    const { report, graph } = await buildMap([seedCorpus, json], {}, hooks);
    expect(report.counts).toEqual({
      records: 50,
      nodes: 48,
      merged: 1,
      rejected: 1,
      titleDerived: 0,
    });
    expect(report.records.at(-1)).toEqual({
      where: 'extra.json item 3',
      status: 'rejected',
      reason: expect.stringMatching(/not an object/),
    });
    const convnets = graph.nodes.find((n) => n.attributes.title === 'Fast Sparse ConvNets')!;
    expect(convnets.attributes.year).toBe(2019);
    expect(convnets.attributes.abstract.length).toBeGreaterThan(100);
  });

  it('keeps untitled records, titled from their abstracts, and counts them', async () => {
    const start = 'Sparse attention lets long-context transformers skip most token pairs, and ';
    const json: InputFile = {
      name: 'notes.json',
      text: JSON.stringify([
        { abstract: `${start}we show that learned sparsity patterns transfer across model sizes.` },
        { abstract: `${start}we prove that random patterns lose little accuracy at 90% sparsity.` },
        { authors: 'Nobody' },
      ]),
    };
    const { graph, report } = await buildMap([seedCorpus, json], {}, hooks);
    expect(report.counts).toEqual({
      records: 50,
      nodes: 49,
      merged: 0,
      rejected: 1,
      titleDerived: 2,
    });
    const { counts } = report;
    expect(counts.records).toBe(counts.nodes + counts.merged + counts.rejected);
    expect(report.records.slice(-3)).toEqual([
      {
        where: 'notes.json item 1',
        status: 'node',
        id: expect.stringMatching(/^a-/),
        title: 'Sparse attention lets long-context transformers skip most token pairs…',
        titleDerived: true,
      },
      expect.objectContaining({ where: 'notes.json item 2', status: 'node', titleDerived: true }),
      { where: 'notes.json item 3', status: 'rejected', reason: 'no title and no abstract' },
    ]);
    const untitled = graph.nodes.filter((n) => n.attributes.titleDerived);
    expect(untitled).toHaveLength(2);
    expect(untitled[0].key).not.toBe(untitled[1].key);
    expect(untitled[0].attributes.title).toBe(untitled[1].attributes.title);
    // Only where true: titled papers carry no titleDerived at all.
    expect(graph.nodes.filter((n) => 'titleDerived' in n.attributes)).toHaveLength(2);
    // They are mapped among the papers on sparse attention, with keyphrases of their own.
    for (const n of untitled) expect(n.attributes.keywords.length).toBeGreaterThan(2);
    expect(graphFileProblems(graph)).toEqual([]);
  });

  it('refuses bad options, unknown formats and too few papers with clear messages', async () => {
    await expect(buildMap([seedCorpus], { clusters: 0 }, hooks)).rejects.toThrow(OptionsError);
    await expect(buildMap([seedCorpus], { neighbours: 1000 }, hooks)).rejects.toThrow(
      '--neighbours must be a whole number from 1 to 100',
    );
    await expect(buildMap([{ name: 'x.dat', text: '\u0001\u0002' }], {}, hooks)).rejects.toThrow(
      InputError,
    );
    const one: InputFile = { name: 'one.jsonl', text: '{"title":"Alone","abstract":"Just me."}\n' };
    await expect(buildMap([one], {}, hooks)).rejects.toThrow(BuildError);
  });
});
