// A synthetic corpus with obvious topic groups, for tests that need realistic-looking analysed
// documents without the NLP stage: each paper draws most words from its group's vocabulary,
// a few from a vocabulary all groups share, and names its group's phrases.
import type { AnalysedDoc, Keyphrase, PhraseOccurrence } from '../../../../src/core/types.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

export interface SyntheticCorpus {
  docs: AnalysedDoc[];
  keyphrases: Keyphrase[][];
  groups: number[];
}

const TOPICS = [
  [
    'galaxy',
    'star',
    'redshift',
    'cosmology',
    'telescope',
    'supernova',
    'quasar',
    'nebula',
    'orbit',
    'planet',
    'comet',
    'halo',
  ],
  [
    'protein',
    'gene',
    'cell',
    'enzyme',
    'genome',
    'tissue',
    'neuron',
    'receptor',
    'membrane',
    'mutation',
    'virus',
    'dna',
  ],
  [
    'theorem',
    'lemma',
    'manifold',
    'algebra',
    'topology',
    'proof',
    'integer',
    'polynomial',
    'group',
    'ring',
    'field',
    'graph',
  ],
  [
    'network',
    'training',
    'gradient',
    'layer',
    'dataset',
    'transformer',
    'token',
    'embedding',
    'classifier',
    'loss',
    'batch',
    'attention',
  ],
  [
    'quark',
    'gluon',
    'boson',
    'collider',
    'lepton',
    'hadron',
    'meson',
    'neutrino',
    'photon',
    'muon',
    'jet',
    'decay',
  ],
];
const PHRASES = [
  [
    ['dark matter', 'dark matter'],
    ['star formation', 'star formation'],
  ],
  [
    ['gene expression', 'gene expression'],
    ['protein folding', 'protein folding'],
  ],
  [
    ['prime number', 'prime numbers'],
    ['vector space', 'vector spaces'],
  ],
  [
    ['neural network', 'neural networks'],
    ['language model', 'language models'],
  ],
  [
    ['standard model', 'standard model'],
    ['higgs boson', 'Higgs boson'],
  ],
];
const COMMON = [
  'model',
  'result',
  'data',
  'analysis',
  'study',
  'approach',
  'measure',
  'value',
  'system',
  'effect',
];

export function syntheticCorpus(groups: number, perGroup: number, seed = 1): SyntheticCorpus {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const docs: AnalysedDoc[] = [];
  const keyphrases: Keyphrase[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < groups * perGroup; i++) {
    // Interleaved, so that group order says nothing about document order.
    const g = i % groups;
    const lemmas: string[] = [];
    for (let w = 0; w < 14; w++) lemmas.push(pick(TOPICS[g]));
    for (let w = 0; w < 6; w++) lemmas.push(pick(COMMON));
    const phrases: PhraseOccurrence[] = [];
    const ranked: Keyphrase[] = [];
    for (const [key, text] of PHRASES[g]) {
      if (random() < 0.7) {
        phrases.push({
          key,
          surface: text,
          firstPosition: phrases.length,
          count: 1 + Math.floor(random() * 2),
          inTitle: false,
        });
        ranked.push({ key, text, score: 1 });
      }
    }
    // A phrase every group uses: labels must not be made of it.
    phrases.push({
      key: 'experimental result',
      surface: 'experimental results',
      firstPosition: 9,
      count: 1,
      inTitle: false,
    });
    ranked.push({ key: 'experimental result', text: 'experimental results', score: 0.5 });
    docs.push({ lemmas, phrases, length: lemmas.length + 4 });
    keyphrases.push(ranked);
    labels.push(g);
  }
  return { docs, keyphrases, groups: labels };
}
