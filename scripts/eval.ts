// Measures papermap's quality on a labelled dataset (JSONL): keyphrase F1@5/@10 against
// `keyphrases`, and clustering NMI/ARI against `label`. The gold fields never reach the pipeline:
// they are stripped before the records are handed to the build.
//   npm run eval -- ../shared/datasets/inspec_dev.jsonl [more.jsonl ...]
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildMap } from '../src/core/pipeline.ts';
import { adjustedRandIndex, normalizedMutualInformation } from '../src/core/eval/clustering.ts';
import { workerHooks } from '../src/cli/worker-hooks.ts';
import { evaluateKeyphrases } from './eval-keyphrases.ts';

const GOLD_FIELDS = ['keyphrases', 'keyphrases_controlled', 'label'];

interface GoldRecord {
  id: string;
  title: string;
  abstract: string;
  keyphrases?: string[];
  label?: string;
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

async function build(records: GoldRecord[], name: string, clusters: number | 'auto') {
  const stripped = records.map((r) =>
    Object.fromEntries(
      Object.entries(withTitle(r)).filter(([field]) => !GOLD_FIELDS.includes(field)),
    ),
  );
  const text = stripped.map((r) => JSON.stringify(r)).join('\n');
  return buildMap(
    [{ name, text, format: 'jsonl' }],
    { clusters, seed: 42 },
    {
      ...workerHooks,
    },
  );
}

const pct = (v: number) => (100 * v).toFixed(1);

async function evaluate(file: string) {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  const records = lines.map((l) => JSON.parse(l) as GoldRecord);
  const name = basename(file);
  console.log(`\n${name}: ${records.length} records`);
  const byId = new Map(records.map((r) => [String(r.id), r]));

  const started = performance.now();
  const auto = await build(records, name, 'auto');
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  build: ${auto.graph.nodes.length} papers, ${auto.graph.attributes.clusters.length} clusters (auto) in ${seconds.toFixed(1)} s`,
  );
  const nodes = auto.graph.nodes.filter((n) => byId.has(n.key));
  if (nodes.length < auto.graph.nodes.length)
    console.log(`  note: ${auto.graph.nodes.length - nodes.length} nodes had no gold record`);

  if (records.some((r) => r.keyphrases)) {
    const gold = nodes.map((n) => withTitle(byId.get(n.key)!));
    const scores = evaluateKeyphrases(
      gold.map((g) => ({ title: g.title, abstract: g.abstract, keyphrases: g.keyphrases ?? [] })),
      () => nodes.map((n) => n.attributes.keywords),
    );
    console.log(
      `  keyphrases (macro, ${scores.documents} docs): F1@5 ${pct(scores.f1At5)}  F1@10 ${pct(scores.f1At10)}  P@10 ${pct(scores.precisionAt10)}  R@10 ${pct(scores.recallAt10)}`,
    );
  }

  if (records.some((r) => r.label !== undefined)) {
    const truth = nodes.map((n) => String(byId.get(n.key)!.label));
    const classes = new Set(truth).size;
    const report = (what: string, assigned: number[], k: number) =>
      console.log(
        `  clusters (${what}, k = ${k}): NMI ${normalizedMutualInformation(truth, assigned).toFixed(3)}  ARI ${adjustedRandIndex(truth, assigned).toFixed(3)}`,
      );
    report(
      'auto',
      nodes.map((n) => n.attributes.cluster),
      auto.graph.attributes.clusters.length,
    );
    // With k given, clustering runs exactly as it does once 'auto' has chosen k: when auto
    // chose the number of classes, the second build would repeat the first.
    if (auto.graph.attributes.clusters.length === classes) {
      console.log(`  clusters (classes, k = ${classes}): as auto`);
    } else {
      const fixed = await build(records, name, classes);
      const fixedNodes = fixed.graph.nodes.filter((n) => byId.has(n.key));
      report(
        'classes',
        fixedNodes.map((n) => n.attributes.cluster),
        classes,
      );
    }
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run eval -- <dataset.jsonl> [more.jsonl ...]');
  process.exit(2);
}
for (const file of files) await evaluate(file);
