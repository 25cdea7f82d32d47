// The model stage: vectors, neighbours, clusters, labels, colours, layout.
export {
  buildVectors,
  sparseDot,
  DEFAULT_VECTOR_OPTIONS,
  type VectorOptions,
  type VectorSpace,
} from './vectors.ts';
export { createNounTest, explainableFeatures, isVagueLemma, isVaguePhrase } from './explainable.ts';
export { lsaEmbed, DEFAULT_LSA_OPTIONS, type LsaOptions, type Embedding } from './lsa.ts';
export {
  buildNeighbourGraph,
  neighbourEdges,
  type NeighbourEdge,
  type NeighbourGraphOptions,
} from './neighbours.ts';
export { topicNeighbours } from './topic-neighbours.ts';
export { termForms } from './term-forms.ts';
export { standsAloneTest } from './bound-terms.ts';
export {
  packRows,
  topicSpace,
  type PackedRows,
  topicSimilarity,
  DEFAULT_TOPIC_SPACE_OPTIONS,
  type TopicSpaceOptions,
} from './topic-space.ts';
export {
  balancedRowRanges,
  buildInvertedIndex,
  mergeNeighbourRows,
  nearestNeighbours,
  type InvertedIndex,
  type NeighbourRows,
} from './knn-kernel.ts';
export {
  approximateNeighbours,
  equalRowRanges,
  packVectors,
  packedIndex,
  sparseSearchFor,
  APPROXIMATE_SEARCH_FROM,
  type ApproximateSearch,
  type PackedIndex,
  type PackedVectors,
} from './approx-knn.ts';
export {
  clusterPapers,
  clusteringPoints,
  embedPapers,
  unitRows,
  renumberClusters,
  type ClusterOptions,
  type Clustering,
} from './clusters.ts';
export {
  chooseClusterCount,
  clusterCountRange,
  modularity,
  type ClusterCountChoice,
} from './cluster-count.ts';
export {
  runKmeans,
  runStartsHere,
  type FlatPoints,
  type KmeansRun,
  type KmeansRunner,
  type KmeansStart,
} from './kmeans-runs.ts';
export { refineWithNeighbours, type RefineOptions, type WeightedEdge } from './refine.ts';
export { keyphraseTerms, type PaperTerms } from './label-terms.ts';
export { labelClusters, labelTopics, type ClusterLabel, type LabelOptions } from './labels.ts';
export {
  findTopics,
  DEFAULT_TOPIC_OPTIONS,
  type SubTopic,
  type TopicOptions,
  type Topics,
} from './topics.ts';
export { clusterColors, OKABE_ITO } from './colors.ts';
export {
  computeLayout,
  nodeSizes,
  defaultIterations,
  type Layout,
  type LayoutOptions,
} from './layout.ts';
export { createRandom, deriveSeed, type Random } from './random.ts';
