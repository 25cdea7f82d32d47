// Words that abstracts of every field use, too broad to say by themselves why two papers are
// related or what a cluster is about ("model", "data", "assumption", "numerical"). Unlike the
// generic words of generic-words.ts they are often the head of a term ("data mining", "language
// model", "numerical simulation"), so the phrase stage keeps them; only the model stage, where a
// word stands alone as an explanation, leaves them out. Chosen from the words that link the most
// papers across arXiv (10 archives), Inspec and SemEval-2017 while naming no topic. They are
// matched by Porter stem, like phrase keys, except those whose stem is also a topical word's:
// "optimal" would take "optimization" with it, "general" "generalization", "measure"
// "measurement".
import { stemmer } from 'stemmer';

export const BROAD_WORDS: readonly string[] = [
  // Things every study has.
  'model',
  'system',
  'data',
  'datum',
  'dataset',
  'information',
  'knowledge',
  'algorithm',
  'function',
  'parameter',
  'variable',
  'value',
  'quantity',
  'structure',
  'component',
  'element',
  'scheme',
  'design',
  'procedure',
  'implementation',
  'version',
  'variant',
  'instance',
  'object',
  'entity',
  'item',
  'unit',
  'input',
  'output',
  'source',
  'target',
  'resource',
  'tool',
  'technology',
  'formulation',
  'description',
  'representation',
  'simulation',
  'computation',
  'calculation',
  'score',
  'baseline',
  'benchmark',
  'counterpart',
  'alternative',
  'combination',
  'selection',
  'choice',
  'test',
  'code',
  'learning',
  'machine',
  'training',
  // Amounts, rates and comparisons.
  'time',
  'cost',
  'overhead',
  'size',
  'rate',
  'degree',
  'extent',
  'limit',
  'bound',
  'accuracy',
  'speed',
  'gain',
  'loss',
  'increase',
  'decrease',
  'reduction',
  'change',
  'update',
  'difference',
  'variation',
  'comparison',
  'trade-off',
  'tradeoff',
  'ratio',
  'percentage',
  'fraction',
  'total',
  'maximum',
  'minimum',
  'majority',
  // Relations, conditions and states of affairs.
  'condition',
  'constraint',
  'requirement',
  'assumption',
  'hypothesis',
  'principle',
  'notion',
  'concept',
  'definition',
  'relationship',
  'relation',
  'dependence',
  'agreement',
  'behavior',
  'behaviour',
  'phenomenon',
  'pattern',
  'trend',
  'characteristic',
  'outcome',
  'response',
  'action',
  'event',
  'context',
  'environment',
  'space',
  'region',
  'regime',
  'scope',
  'limitation',
  'drawback',
  'bottleneck',
  'difficulty',
  'complexity',
  'error',
  'failure',
  'risk',
  // The research enterprise.
  'question',
  'answer',
  'claim',
  'evidence',
  'effort',
  'development',
  'advancement',
  'advance',
  'innovation',
  'breakthrough',
  'discovery',
  'theory',
  'literature',
  'world',
  'decade',
  'day',
  'week',
  'month',
  'hour',
  'past',
  'people',
  'human',
  'user',
  'expert',
  'practitioner',
  'group',
  'class',
  'category',
  'section',
  'table',
  'figure',
  'fig',
  // Modifiers that only grade or qualify ("large class", "sufficient conditions", "real data").
  'numerical',
  'open',
  'large',
  'small',
  'high',
  'low',
  'sufficient',
  'necessary',
  'special',
  'valid',
  'real',
  'exact',
  'explicit',
  'closed',
  'comparable',
];

/**
 * Umbrella disciplines: in a map of one field every paper belongs to them, and in a map of many
 * a more specific term names the region better ("neural networks", "deep learning").
 */
export const BROAD_PHRASES: readonly string[] = [
  'machine learning',
  'artificial intelligence',
  'computer science',
  'source code',
  'independent interest',
  'state of the art',
  'trade off',
];

/**
 * Broad words whose Porter stem is also a topical word's ("optimal" and "optimization" are both
 * "optim"): matched only as whole lemmas, never inside phrase keys.
 */
export const BROAD_LEMMAS: readonly string[] = [
  'general',
  'optimal',
  'approximate',
  'independent',
  'average',
  'equivalent',
  'estimate',
  'measure',
  'metric',
  'observation',
  'operation',
  'mechanism',
  'factor',
  'scale',
  'connection',
  // Seen alone as the only reason of links between unrelated papers on the default map and
  // arXiv-10 (50 links each read by hand): inside phrases they stay terms ("neural network",
  // "electron-phonon interaction", "singular value decomposition").
  'interaction',
  'mode',
  'pair',
  'sample',
  'creation',
  'building',
  'conclusion',
  'proof',
  'conjecture',
  'criterion',
  'formula',
  'physics',
  'science',
  'foundational',
  'singular',
  'temporal',
  'iterative',
  'dynamic',
];

const STEMS = new Set(BROAD_WORDS.map((w) => stemmer(w)));
const LEMMAS = new Set([...BROAD_WORDS, ...BROAD_LEMMAS]);
const PHRASE_KEYS = new Set(BROAD_PHRASES.map((p) => p.split(' ').map(stemmer).join(' ')));

/** `stem` is a Porter stem of a lowercased word. */
export function isBroadWord(stem: string): boolean {
  return STEMS.has(stem);
}

/** `lemma` is a lowercased lemma, as the text stage gives it. */
export function isBroadLemma(lemma: string): boolean {
  return LEMMAS.has(lemma);
}

/** `key` is a phrase key: the Porter stems of its words, joined by spaces. */
export function isBroadPhrase(key: string): boolean {
  return PHRASE_KEYS.has(key);
}
