// Text analysis: wink-nlp is loaded by `createNlp` alone, and injected everywhere else.
export { createNlp, type Nlp } from './wink.ts';
export { analyseDocument } from './analyse.ts';
export {
  rankKeyphrases,
  scorePhrase,
  DEFAULT_MAX_KEYPHRASES,
  DEFAULT_WEIGHTS,
  type RankOptions,
  type ScoringWeights,
} from './keyphrases.ts';
export {
  GENERIC_MODIFIERS,
  GENERIC_NOUNS,
  isGenericModifier,
  isGenericNoun,
} from './generic-words.ts';
export {
  BROAD_LEMMAS,
  BROAD_PHRASES,
  BROAD_WORDS,
  isBroadLemma,
  isBroadPhrase,
  isBroadWord,
} from './broad-words.ts';
