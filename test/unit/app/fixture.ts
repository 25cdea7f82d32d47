// A small graph file for the app's unit tests: three clusters, six papers, weighted links. The
// first cluster has two sub-topics (ids 7 and 3: not in order, not from 0); the others have none.
import Graph from 'graphology';
import type { GraphFile, PaperNodeAttributes } from '../../../src/core/graph-file.ts';
import type { MapIndex } from '../../../src/app/state/map-index.ts';
import { buildPhraseIndex, type PhraseIndex } from '../../../src/app/state/phrase-index.ts';
import type { PaperGraph } from '../../../src/app/state/types.ts';

const paper = (
  title: string,
  cluster: number,
  keywords: string[],
  x: number,
  y: number,
  extra: Partial<PaperNodeAttributes> = {},
): PaperNodeAttributes => ({
  title,
  abstract: `${title}. We study ${keywords.join(', ')}.`,
  authors: [],
  year: null,
  venue: null,
  url: null,
  doi: null,
  links: [],
  keywords,
  cluster,
  topic: null,
  x,
  y,
  size: 5,
  color: ['#0072b2', '#e69f00', '#009e73'][cluster],
  ...extra,
});

export function fixtureFile(): GraphFile {
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: {
      schema: 'papermap/2',
      title: 'Fixture map',
      clusters: [
        { id: 0, label: 'pruning', keywords: ['pruning'], size: 3, color: '#0072b2' },
        { id: 1, label: 'optimisation', keywords: ['sgd'], size: 2, color: '#e69f00' },
        { id: 2, label: 'Ökonomie · 経済', keywords: ['ökonomie'], size: 1, color: '#009e73' },
      ],
      topics: [
        { id: 7, cluster: 0, label: 'sparse networks', keywords: ['sparse networks'], size: 2 },
        { id: 3, cluster: 0, label: 'structured pruning', keywords: ['structured'], size: 1 },
      ],
      build: { inputsHash: 'x', inputs: [], options: {}, versions: {} },
    },
    nodes: [
      {
        key: 'a',
        attributes: paper('Pruning large networks', 0, ['pruning', 'sparse networks'], 0, 0, {
          topic: 7,
          authors: ['Ada Lovelace'],
          doi: '10.1000/xyz',
          url: 'https://example.org/a',
        }),
      },
      {
        key: 'b',
        attributes: paper('Structured pruning', 0, ['Pruning', 'structured sparsity'], 1, 0, {
          topic: 3,
        }),
      },
      {
        key: 'c',
        attributes: paper('Sparse networks at scale', 0, ['sparse networks', 'scale'], 0, 1, {
          topic: 7,
        }),
      },
      {
        key: 'd',
        attributes: paper('Stochastic gradient descent', 1, ['SGD', 'learning rates'], 10, 10),
      },
      {
        key: 'e',
        attributes: paper('Adaptive learning rates', 1, ['learning rates', 'pruning'], 11, 10),
      },
      { key: 'f', attributes: paper('Ökonomische Modelle', 2, ['ökonomie', '経済'], -10, 5) },
    ],
    edges: [
      { key: 'ab', source: 'a', target: 'b', attributes: { weight: 0.5, shared: ['pruning'] } },
      {
        key: 'ac',
        source: 'a',
        target: 'c',
        attributes: { weight: 0.7, shared: ['sparse networks'] },
      },
      { key: 'ae', source: 'a', target: 'e', attributes: { weight: 0.5, shared: ['pruning'] } },
      {
        key: 'de',
        source: 'd',
        target: 'e',
        attributes: { weight: 0.6, shared: ['learning rates'] },
      },
      { key: 'cf', source: 'c', target: 'f', attributes: { weight: 0.1, shared: [] } },
    ],
  };
}

export function fixtureGraph(): PaperGraph {
  return Graph.from(fixtureFile()) as PaperGraph;
}

/** The phrase index of a map (what the app loads with text-index.ts): what keyphrases match by. */
export const phrasesOf = (index: MapIndex): PhraseIndex => buildPhraseIndex(index.texts);
