// The one function that composes the stages: papers in, graph file out. Pure: the caller reads
// files and supplies the NLP instance; heavy per-paper work can be handed to workers via `analyse`.
import { assembleGraphFile, baseName } from './assemble.ts';
import { ingestInputs, type InputFile } from './ingest-all.ts';
import { resolveOptions, type BuildOptions } from './options.ts';
import { countFates, type BuildReport } from './report.ts';
import { analyseAll } from './text/analyse-all.ts';
import { rankKeyphrases } from './text/keyphrases.ts';
import { unifyPhraseKeys } from './text/unify-keys.ts';
import type { Nlp } from './text/wink.ts';
import type { AnalysedDoc, Paper, SparseVector } from './types.ts';
import {
  approximateNeighbours,
  buildVectors,
  clusterPapers,
  computeLayout,
  embedPapers,
  findTopics,
  keyphraseTerms,
  labelClusters,
  labelTopics,
  mergeNeighbourRows,
  nearestNeighbours,
  neighbourEdges,
  packVectors,
  sparseSearchFor,
  termForms,
  standsAloneTest,
  topicNeighbours,
  topicSimilarity,
  topicSpace,
  unitRows,
  type ApproximateSearch,
  type KmeansRunner,
  type Layout,
  type NeighbourRows,
} from './model/index.ts';
import type { GraphFile } from './graph-file.ts';
import type { Stage } from './stages.ts';

export type { InputFile } from './ingest-all.ts';

export { STAGES, type Stage } from './stages.ts';

/** Topic-space candidates searched beyond the neighbours asked for (see `explained`). */
const SPARE_CANDIDATES = 8;

/**
 * Sparse neighbours per paper: the first 10 place it in the topic space (topic-space.ts); all of
 * them, and theirs, are its candidates there (topic-neighbours.ts). arXiv-10 kNN agreement with
 * 10: 0.756, with 15: 0.762, exact search over all pairs: 0.765.
 */
const CANDIDATE_SPARSE_NEIGHBOURS = 15;

export interface BuildHooks {
  /** Creates the NLP instance when the pipeline analyses papers itself. */
  nlp?: () => Nlp;
  /** Analyses papers elsewhere (worker threads); defaults to analysing them here with `nlp`. */
  analyse?: (papers: Paper[], onProgress: (done: number) => void) => Promise<AnalysedDoc[]>;
  /**
   * Runs the sparse neighbour search elsewhere (worker threads) while this thread embeds the
   * papers: exact (nearestNeighbours) when `approximate` is null, else approximateNeighbours
   * with those settings. Null runs it here.
   */
  nearestNeighbours?: (
    vectors: SparseVector[],
    k: number,
    approximate: ApproximateSearch | null,
  ) => Promise<NeighbourRows[]> | null;
  /**
   * Runs computeLayout elsewhere (a worker thread) while this thread labels clusters and
   * sub-topics; it must give computeLayout's result. Null runs it here.
   */
  layout?: (...args: Parameters<typeof computeLayout>) => Promise<Layout> | null;
  /**
   * Runs independent k-means runs of the clustering elsewhere (worker threads); see
   * `KmeansRunner`. Null (or no hook) runs them here: the clusters are the same either way.
   */
  runKmeans?: KmeansRunner;
  /** Called as stages start and progress, for a progress bar. */
  onProgress?: (stage: Stage, done: number, total: number) => void;
  /** Versions of papermap and its models, recorded in the file for reproducibility. */
  versions?: Record<string, string>;
}

export interface BuildResult {
  graph: GraphFile;
  report: BuildReport;
  /** Milliseconds per stage. Not written into the graph file, which must be reproducible. */
  timings: Record<Stage, number>;
}

export class BuildError extends Error {
  override name = 'BuildError';
}

export async function buildMap(
  inputs: InputFile[],
  partialOptions: Partial<BuildOptions> = {},
  hooks: BuildHooks = {},
): Promise<BuildResult> {
  const options = resolveOptions(partialOptions);
  const progress = hooks.onProgress ?? (() => {});
  const timer = stageTimer(progress);
  timer.enter('read', inputs.length);
  const ingested = await ingestInputs(inputs);
  const { papers } = ingested;
  if (papers.length < 2) {
    const names = inputs.map((i) => i.name).join(', ');
    throw new BuildError(
      `${names}: found ${papers.length} usable paper${papers.length === 1 ? '' : 's'} (${countFates(ingested.fates).rejected} rejected); a map needs at least 2`,
    );
  }

  timer.enter('keyphrases', papers.length);
  // A derived title repeats the abstract's first words: read as a title, they would count twice
  // and get the title's boost. The text stages see such a paper as untitled.
  const texts = papers.map((p) => (p.titleDerived ? { ...p, title: '' } : p));
  const analysed = hooks.analyse
    ? await hooks.analyse(texts, (done) => progress('keyphrases', done, papers.length))
    : analyseHere(texts, hooks, (done) => progress('keyphrases', done, papers.length));
  // Papers are analysed one by one (on workers); one key per term across papers is decided
  // here, before keyphrases, vectors and labels count anything.
  const docs = unifyPhraseKeys(analysed);
  const keyphrases = rankKeyphrases(docs, { max: options.keyphrases });

  timer.enter('vectors');
  const space = buildVectors(docs, keyphrases);

  // The sparse neighbours place each paper in the topic space (topic-space.ts), where its
  // neighbours are then chosen.
  const sparseK = Math.max(options.neighbours, CANDIDATE_SPARSE_NEIGHBOURS);
  // Large corpora search approximately: the exact search grows with the square of the corpus.
  const approximate = sparseSearchFor(space.vectors.length);
  const searching = hooks.nearestNeighbours?.(space.vectors, sparseK, approximate) ?? null;

  timer.enter('embedding');
  const embedding = embedPapers(space.vectors, options.seed);
  const points = unitRows(embedding);

  timer.enter('neighbours');
  const sparseRows = searching
    ? await searching
    : [
        approximate
          ? approximateNeighbours(packVectors(space.vectors), sparseK, approximate)
          : nearestNeighbours(space.vectors, sparseK),
      ];
  const sparse = mergeNeighbourRows(sparseRows);
  const topicRows = topicSpace(embedding, sparse);
  // Spare candidates stand in for neighbours that share no explainable term with the paper.
  const rows = [topicNeighbours(topicRows, sparse, options.neighbours + SPARE_CANDIDATES)];
  // Only explainable features (phrases, topical nouns) are offered as "why related" terms, and
  // every link has one.
  const edges = neighbourEdges(space.vectors, space.features, rows, {
    explainable: space.explainable,
    similarity: (i, j) => topicSimilarity(topicRows, i, j),
    keep: options.neighbours,
    explained: true,
    termText: termForms(space, docs),
    standsAlone: standsAloneTest(space, docs),
  });

  timer.enter('clusters');
  // The neighbour graph refines k-means: a paper leans towards its neighbours' cluster.
  const { assignments, k } = await clusterPapers(points, {
    k: options.clusters,
    seed: options.seed,
    neighbours: edges,
    runKmeans: hooks.runKmeans,
  });

  timer.enter('topics');
  const topics = findTopics(points, assignments, k, edges, { seed: options.seed });
  // The layout needs the clusters and sub-topics but not their labels: elsewhere (a worker
  // thread), it runs while this thread labels them.
  const layoutArgs = [
    papers.length,
    edges,
    assignments,
    { seed: options.seed, topics: topics.topicOf },
  ] as const;
  const layingOut = hooks.layout?.(...layoutArgs) ?? null;
  const terms = keyphraseTerms(keyphrases, docs);
  const labels = labelClusters(assignments, k, keyphrases, docs, { terms });
  const topicLabels = labelTopics(topics.topics, labels, keyphrases, docs, { terms });

  timer.enter('layout');
  const layout = layingOut ? await layingOut : computeLayout(...layoutArgs);

  timer.enter('output');
  const inputsHash = await hashInputs(inputs);
  const graph = assembleGraphFile({
    papers,
    keyphrases,
    edges,
    assignments,
    labels,
    topics: topics.topics.map((t, i) => ({
      ...topicLabels[i],
      cluster: t.cluster,
      size: t.members.length,
    })),
    topicOf: topics.topicOf,
    layout,
    options,
    build: {
      inputsHash,
      inputs: ingested.inputs,
      versions: hooks.versions ?? {},
    },
    fallbackTitle: inputs.map((i) => baseName(i.name)).join(', '),
  });
  const timings = timer.finish();
  const report: BuildReport = {
    schema: 'papermap-report/1',
    inputs: ingested.inputs,
    counts: countFates(ingested.fates),
    records: ingested.fates,
    clusters: graph.attributes.clusters.map(({ id, label, size }) => ({ id, label, size })),
  };
  return { graph, report, timings };
}

function stageTimer(progress: NonNullable<BuildHooks['onProgress']>) {
  const timings = {} as Record<Stage, number>;
  let current: Stage | null = null;
  let since = 0;
  const stop = () => {
    if (current) timings[current] = (timings[current] ?? 0) + performance.now() - since;
  };
  return {
    enter(stage: Stage, total = 1) {
      stop();
      current = stage;
      since = performance.now();
      progress(stage, 0, total);
    },
    finish() {
      stop();
      current = null;
      return timings;
    },
  };
}

function analyseHere(papers: Paper[], hooks: BuildHooks, onProgress: (done: number) => void) {
  if (!hooks.nlp) throw new BuildError('buildMap: give hooks.nlp or hooks.analyse');
  return analyseAll(hooks.nlp(), papers, onProgress);
}

/**
 * SHA-256 of the inputs' contents, each prefixed by its length, in order (Web Crypto: Node,
 * browser, worker). Names and formats are not part of it: a renamed copy hashes the same.
 */
async function hashInputs(inputs: InputFile[]): Promise<string> {
  const encoder = new TextEncoder();
  const parts = inputs.map((i) => encoder.encode(`${i.text.length}\n${i.text}\n`));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  const digest = await crypto.subtle.digest('SHA-256', all);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
