// Measures papermap's quality on labelled data, beside the scikit-learn baseline in the same run:
// keyphrase F1@5/@10 against `keyphrases`; clustering NMI/ARI and neighbour agreement (kNN label
// agreement over a paper's 10 strongest links, and over its top 3 related papers) against `label`
// or a reader's grouping. The gold fields never reach the pipeline: they are stripped first.
//
//   npm run eval                       # the shared datasets that exist, and the default map
//   npm run eval -- ../shared/datasets/arxiv10_1k.jsonl [more.jsonl ...]
//   npm run eval -- data/sparsity-papers.txt --groups test/fixtures/eval/sparsity-papers.groups.json
//   --no-baseline                      # skip ../shared/baseline/peer_map.py
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildMap, type InputFile } from '../src/core/pipeline.ts';
import { adjustedRandIndex, normalizedMutualInformation } from '../src/core/eval/clustering.ts';
import { labelAgreement, relatedLists } from '../src/core/eval/neighbours.ts';
import type { GraphFile } from '../src/core/graph-file.ts';
import { workerHooks } from '../src/cli/worker-hooks.ts';
import { evaluateKeyphrases } from './eval-keyphrases.ts';
import { runBaseline, type BaselineResult } from './eval-baseline.ts';

const GOLD_FIELDS = ['keyphrases', 'keyphrases_controlled', 'label'];
const DEFAULT_CORPORA = [
  { file: '../shared/datasets/arxiv10_1k.jsonl' },
  { file: '../shared/datasets/semeval2017.jsonl' },
  { file: '../shared/datasets/inspec_dev.jsonl' },
  { file: 'data/sparsity-papers.txt', groups: 'test/fixtures/eval/sparsity-papers.groups.json' },
];

interface GoldRecord {
  id: string;
  title: string;
  abstract: string;
  keyphrases?: string[];
  label?: string;
}

interface Corpus {
  name: string;
  input: InputFile;
  /** Gold keyphrases' documents by paper key (title + abstract as the protocol reads them). */
  keyphrases: Map<string, GoldRecord>;
  /** Label by paper key; papers without one are left out of the label measures. */
  labels: Map<string, string>;
}

/**
 * SemEval-2017's paragraphs have no titles, and a paper needs one: its first sentence becomes
 * the title and the rest the abstract, so the text the pipeline sees is unchanged.
 */
function withTitle(r: GoldRecord): GoldRecord {
  if (r.title.trim()) return r;
  const [first, ...rest] = r.abstract.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return { ...r, title: first, abstract: rest.join(' ') };
}

async function readJsonl(file: string): Promise<Corpus> {
  const records = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => withTitle(JSON.parse(l) as GoldRecord));
  const stripped = records.map((r) =>
    Object.fromEntries(Object.entries(r).filter(([field]) => !GOLD_FIELDS.includes(field))),
  );
  const name = basename(file);
  return {
    name,
    input: { name, text: stripped.map((r) => JSON.stringify(r)).join('\n'), format: 'jsonl' },
    keyphrases: new Map(records.filter((r) => r.keyphrases).map((r) => [String(r.id), r])),
    labels: new Map(
      records.filter((r) => r.label !== undefined).map((r) => [String(r.id), String(r.label)]),
    ),
  };
}

/** A paper file in any format, with a reader's grouping: `{ groups: [{ name, papers: [{ id }] }] }`. */
async function readGrouped(file: string, groupsFile: string | undefined): Promise<Corpus> {
  const labels = new Map<string, string>();
  if (groupsFile) {
    const { groups } = JSON.parse(await readFile(groupsFile, 'utf8')) as {
      groups: { name: string; papers: { id: string }[] }[];
    };
    for (const g of groups) for (const p of g.papers) labels.set(p.id, g.name);
  }
  const name = basename(file);
  return {
    name,
    input: { name, text: await readFile(file, 'utf8') },
    keyphrases: new Map(),
    labels,
  };
}

const build = (corpus: Corpus, clusters: number | 'auto') =>
  buildMap([corpus.input], { clusters, seed: 42 }, workerHooks);

const pct = (v: number) => (100 * v).toFixed(1);
const f3 = (v: number) => v.toFixed(3);

function clusterScores(graph: GraphFile, labels: Map<string, string>) {
  const nodes = graph.nodes.filter((n) => labels.has(n.key));
  const truth = nodes.map((n) => labels.get(n.key)!);
  const assigned = nodes.map((n) => n.attributes.cluster);
  return {
    nmi: normalizedMutualInformation(truth, assigned),
    ari: adjustedRandIndex(truth, assigned),
  };
}

function neighbourScores(related: Map<string, string[]>, labels: Map<string, string>) {
  const at10 = labelAgreement(related, (k) => labels.get(k), 10);
  const at3 = labelAgreement(related, (k) => labels.get(k), 3);
  return `kNN agreement@10 ${f3(at10.agreement)} (${at10.links} links)  top-3 related ${f3(at3.agreement)}`;
}

async function evaluate(corpus: Corpus, useBaseline: boolean) {
  console.log(`\n${corpus.name}`);
  const started = performance.now();
  const auto = await build(corpus, 'auto');
  const seconds = (performance.now() - started) / 1000;
  const { graph } = auto;
  const k = graph.attributes.clusters.length;
  const largest = Math.max(...graph.attributes.clusters.map((c) => c.size));
  console.log(
    `  build: ${graph.nodes.length} papers, ${graph.edges.length} links, ${k} clusters (auto; largest ${pct(largest / graph.nodes.length)}% of papers), ${graph.attributes.topics.length} sub-topics, ${seconds.toFixed(1)} s`,
  );

  if (corpus.keyphrases.size > 0) {
    const nodes = graph.nodes.filter((n) => corpus.keyphrases.has(n.key));
    const scores = evaluateKeyphrases(
      nodes.map((n) => {
        const g = corpus.keyphrases.get(n.key)!;
        return { title: g.title, abstract: g.abstract, keyphrases: g.keyphrases ?? [] };
      }),
      () => nodes.map((n) => n.attributes.keywords),
    );
    console.log(
      `  keyphrases (macro, ${scores.documents} docs): F1@5 ${pct(scores.f1At5)}  F1@10 ${pct(scores.f1At10)}  P@10 ${pct(scores.precisionAt10)}  R@10 ${pct(scores.recallAt10)}`,
    );
  }

  if (corpus.labels.size === 0) return;
  const classes = new Set(corpus.labels.values()).size;
  console.log(`  papermap: ${neighbourScores(relatedLists(graph), corpus.labels)}`);
  const autoScores = clusterScores(graph, corpus.labels);
  console.log(
    `  papermap: clusters (auto, k = ${k}) NMI ${f3(autoScores.nmi)}  ARI ${f3(autoScores.ari)}`,
  );
  // With k given, clustering runs exactly as it does once 'auto' has chosen k.
  const fixed = k === classes ? graph : (await build(corpus, classes)).graph;
  const fixedScores = clusterScores(fixed, corpus.labels);
  console.log(
    `  papermap: clusters (k = ${classes}, the number of classes) NMI ${f3(fixedScores.nmi)}  ARI ${f3(fixedScores.ari)}`,
  );

  if (!useBaseline) return;
  const baseline: BaselineResult | string = await runBaseline(graph, corpus.labels, classes);
  if (typeof baseline === 'string') {
    console.log(`  baseline: not run (${baseline})`);
    return;
  }
  const related = new Map(baseline.ids.map((id, i) => [id, baseline.neighbours[i]]));
  console.log(`  baseline: ${neighbourScores(related, corpus.labels)}`);
  const cluster = new Map(baseline.ids.map((id, i) => [id, baseline.cluster[i]]));
  const keys = baseline.ids.filter((id) => corpus.labels.has(id));
  const truth = keys.map((id) => corpus.labels.get(id)!);
  const assigned = keys.map((id) => cluster.get(id)!);
  console.log(
    `  baseline: clusters (k = ${classes}) NMI ${f3(normalizedMutualInformation(truth, assigned))}  ARI ${f3(adjustedRandIndex(truth, assigned))}  (${baseline.seconds.toFixed(1)} s)`,
  );
}

const args = process.argv.slice(2);
const useBaseline = !args.includes('--no-baseline');
const corpora: { file: string; groups?: string }[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--no-baseline') continue;
  if (args[i] === '--groups') {
    const last = corpora.at(-1);
    if (!last || !args[i + 1]) {
      console.error('eval: --groups <file> follows the paper file it groups');
      process.exit(2);
    }
    last.groups = args[++i];
  } else corpora.push({ file: args[i] });
}
if (corpora.length === 0) {
  corpora.push(...DEFAULT_CORPORA.filter((c) => existsSync(c.file)));
  console.log(`eval: ${corpora.map((c) => c.file).join(', ')}`);
}
for (const { file, groups } of corpora) {
  const corpus = /\.jsonl$/i.test(file) ? await readJsonl(file) : await readGrouped(file, groups);
  await evaluate(corpus, useBaseline);
}
