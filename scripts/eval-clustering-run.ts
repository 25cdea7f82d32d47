// Throwaway experiment runner for the model stage: clusters arxiv10_1k (10 known archives) and
// prints NMI/ARI and timings; optionally scales the corpus up by recombining abstracts, and
// prints the clusters of the default corpus. The `label` field never reaches the pipeline.
//
//   npx tsx scripts/eval-clustering-run.ts [--scale 10] [--corpus data/sparsity-papers.txt]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createNlp } from '../src/core/text/wink.ts';
import { analyseDocument } from '../src/core/text/analyse.ts';
import { rankKeyphrases } from '../src/core/text/keyphrases.ts';
import type { AnalysedDoc, Keyphrase } from '../src/core/types.ts';
import { buildVectors } from '../src/core/model/vectors.ts';
import { lsaEmbed } from '../src/core/model/lsa.ts';
import { clusterPapers } from '../src/core/model/clusters.ts';
import { chooseClusterCount } from '../src/core/model/cluster-count.ts';
import { buildNeighbourGraph } from '../src/core/model/neighbours.ts';
import { adjustedRandIndex, normalizedMutualInformation } from '../src/core/eval/clustering.ts';
import { createRandom } from '../src/core/model/random.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

// ---- crude text stage (until src/core/text lands) ----
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our out over own same she should so some such than that the their them then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your via using use
used based show shows shown propose proposed paper study work results result new approach method methods well may
however thus one two three first second also even many much within without across among per different various`.split(
    /\s+/,
  ),
);

function lemma(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function crudeAnalyse(title: string, abstract: string): AnalysedDoc {
  const text = `${title}. ${abstract}`.toLowerCase();
  const lemmas: string[] = [];
  const phrases = new Map<
    string,
    { surface: string; count: number; first: number; inTitle: boolean }
  >();
  let pos = 0;
  for (const segment of text.split(/[.,;:()[\]{}!?"$\\]+/)) {
    const words = segment.split(/[^a-z0-9-]+/).filter(Boolean);
    let run: { l: string; w: string }[] = [];
    const flush = () => {
      for (let len = 2; len <= 3; len++)
        for (let s = 0; s + len <= run.length; s++) {
          const key = run
            .slice(s, s + len)
            .map((t) => t.l)
            .join(' ');
          const surface = run
            .slice(s, s + len)
            .map((t) => t.w)
            .join(' ');
          const e = phrases.get(key);
          if (e) e.count++;
          else phrases.set(key, { surface, count: 1, first: pos, inTitle: pos < title.length / 6 });
        }
      run = [];
    };
    for (const w of words) {
      pos++;
      if (STOP.has(w) || !/[a-z]/.test(w) || w.length < 2 || /^\d/.test(w)) {
        flush();
        continue;
      }
      const l = lemma(w.replace(/^-+|-+$/g, ''));
      lemmas.push(l);
      run.push({ l, w });
    }
    flush();
  }
  return {
    lemmas,
    phrases: [...phrases.entries()].map(([key, p]) => ({
      key,
      surface: p.surface,
      firstPosition: p.first,
      count: p.count,
      inTitle: p.inTitle,
    })),
    length: pos,
  };
}

/** Crude keyphrase ranking: tf-idf of phrases and words, top 10, phrases seen in 2+ papers only. */
function crudeKeyphrases(docs: AnalysedDoc[]): Keyphrase[][] {
  const df = new Map<string, number>();
  for (const d of docs)
    for (const k of new Set([...d.phrases.map((p) => p.key), ...d.lemmas]))
      df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const cands: Keyphrase[] = [];
    for (const p of d.phrases) {
      const f = df.get(p.key)!;
      if (f < 2) continue;
      cands.push({ key: p.key, text: p.surface, score: p.count * Math.log(n / f) * 1.5 });
    }
    const tf = new Map<string, number>();
    for (const l of d.lemmas) tf.set(l, (tf.get(l) ?? 0) + 1);
    for (const [l, c] of tf) cands.push({ key: l, text: l, score: c * Math.log(n / df.get(l)!) });
    cands.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    return cands.slice(0, 10);
  });
}

// ---- data ----
interface Record_ {
  title: string;
  abstract: string;
  label?: string;
}
function readArxiv(): Record_[] {
  return readFileSync('/work/shared/datasets/arxiv10_1k.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record_);
}
function readListing(file: string): Record_[] {
  const paras = readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim());
  const out: Record_[] = [];
  for (let i = 1; i < paras.length; i++)
    if (paras[i].length > 300 && paras[i - 1].length < 300)
      out.push({ title: paras[i - 1], abstract: paras[i] });
  return out;
}

function recombine(records: Record_[], scale: number): Record_[] {
  const rnd = createRandom(42);
  const out = records.slice();
  while (out.length < records.length * scale) {
    const a = records[Math.floor(rnd() * records.length)];
    const b = records[Math.floor(rnd() * records.length)];
    const sa = a.abstract.split('. ');
    const sb = b.abstract.split('. ');
    out.push({
      title: a.title,
      abstract: [
        ...sa.slice(0, Math.ceil(sa.length / 2)),
        ...sb.slice(Math.floor(sb.length / 2)),
      ].join('. '),
      label: a.label,
    });
  }
  return out;
}

/** The real text stage (cached in /tmp between runs: it is the slow part), or --crude. */
function analyse(recs: Record_[]): { docs: AnalysedDoc[]; keyphrases: Keyphrase[][] } {
  if (args.includes('--crude')) {
    const docs = time('crude text', () => recs.map((r) => crudeAnalyse(r.title, r.abstract)));
    return { docs, keyphrases: time('crude keyphrases', () => crudeKeyphrases(docs)) };
  }
  const cache = `/tmp/papermap-analysed-${recs.length}-${recs[0]?.title.length ?? 0}.json`;
  let docs: AnalysedDoc[];
  if (existsSync(cache) && !args.includes('--fresh'))
    docs = JSON.parse(readFileSync(cache, 'utf8')) as AnalysedDoc[];
  else {
    const nlp = createNlp();
    docs = time('text stage', () => recs.map((r) => analyseDocument(nlp, r.title, r.abstract)));
    writeFileSync(cache, JSON.stringify(docs));
  }
  return { docs, keyphrases: time('keyphrases', () => rankKeyphrases(docs)) };
}

const time = <T>(name: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  console.log(`${name}: ${(performance.now() - t).toFixed(0)} ms`);
  return r;
};

import { labelClusters } from '../src/core/model/labels.ts';
import { computeLayout } from '../src/core/model/layout.ts';

/** --corpus FILE: clusters a listing (title line, abstract paragraph) and prints them for reading. */
function showCorpus(file: string) {
  const recs = readListing(file);
  const { docs, keyphrases } = analyse(recs);
  const space = buildVectors(docs, keyphrases);
  const edges = buildNeighbourGraph(space.vectors, space.features, 8, {
    explainable: space.explainable,
  });
  const k = arg('k', 'auto');
  const c = clusterPapers(space.vectors, {
    k: k === 'auto' ? 'auto' : Number(k),
    seed: 42,
    neighbours: edges,
  });
  const labels = labelClusters(c.assignments, c.k, keyphrases, docs);
  console.log(`${recs.length} papers, ${edges.length} edges, k = ${c.k}`);
  for (const l of labels) {
    const members = recs.filter((_, i) => c.assignments[i] === l.id);
    console.log(
      `\n[${l.id}] ${l.label}  (${members.length})\n    keywords: ${l.keywords.join('; ')}`,
    );
    for (const m of members) console.log(`    - ${m.title}`);
  }
  if (args.includes('--edges'))
    for (const e of edges.slice(0, 40))
      console.log(
        `${recs[e.source].title.slice(0, 40)} -- ${recs[e.target].title.slice(0, 40)}: ${e.weight} [${e.shared.join(', ')}]`,
      );
}
if (args.includes('--corpus')) {
  showCorpus(arg('corpus', 'data/sparsity-papers.txt'));
  process.exit(0);
}

const scale = Number(arg('scale', '1'));
const records = scale > 1 ? recombine(readArxiv(), scale) : readArxiv();
const truth = records.map((r) => r.label!);
const { docs, keyphrases } = analyse(records);
const phraseWeight = Number(arg('phraseWeight', '1.5'));
const space = time('vectors', () => buildVectors(docs, keyphrases, { phraseWeight }));
console.log(
  `features: ${space.features.length}, nnz: ${space.vectors.reduce((s, v) => s + v.indices.length, 0)}`,
);
const dims = Number(arg('dims', '100'));
const emb = time('lsa', () =>
  lsaEmbed(space.vectors, space.features.length, { dimensions: dims, seed: 1 }),
);
const edges = time('knn', () =>
  buildNeighbourGraph(space.vectors, space.features, 8, { explainable: space.explainable }),
);
console.log(`edges: ${edges.length}`);
const sameLabel = edges.filter((e) => truth[e.source] === truth[e.target]).length / edges.length;
console.log(`kNN edges joining same-archive papers: ${(sameLabel * 100).toFixed(1)}%`);
for (const seed of [1, 2, 3]) {
  const c = time(`kmeans k=10 seed ${seed}`, () =>
    clusterPapers(emb.rows, { k: 10, seed, neighbours: edges }),
  );
  console.log(
    `  NMI ${normalizedMutualInformation(truth, c.assignments).toFixed(4)} ARI ${adjustedRandIndex(truth, c.assignments).toFixed(4)}`,
  );
}
if (!args.includes('--no-auto')) {
  const data = emb.rows.map((r) => Array.from(r));
  const choice = time('choose k', () => chooseClusterCount(data, { seed: 1 }));
  console.log('  scores', choice.scores.map((s) => `${s.k}:${s.score.toFixed(4)}`).join(' '));
  const c = time(`kmeans k=auto (${choice.k})`, () =>
    clusterPapers(emb.rows, { k: 'auto', seed: 1, neighbours: edges }),
  );
  const labels = time('labels', () => labelClusters(c.assignments, c.k, keyphrases, docs));
  time('layout', () => computeLayout(records.length, edges, c.assignments, { seed: 1 }));
  for (const l of labels)
    console.log(`    [${l.id}] ${c.assignments.filter((a) => a === l.id).length} ${l.label}`);
  console.log(
    `  k ${c.k} NMI ${normalizedMutualInformation(truth, c.assignments).toFixed(4)} ARI ${adjustedRandIndex(truth, c.assignments).toFixed(4)}`,
  );
}
