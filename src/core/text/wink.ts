// The one place that loads wink-nlp and its English model. Everything else in core/text takes the
// resulting bundle as a parameter, so the viewer's bundle never pulls the (large) model in.
import winkNLP, { type AsHelpers, type ItsHelpers, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Other modules import only types from here, so they never load the model themselves.
export type { ItsFunction } from 'wink-nlp';

/** The injected NLP bundle: a wink-nlp instance and its `its`/`as` helpers. */
export interface Nlp {
  nlp: WinkMethods;
  its: ItsHelpers;
  as: AsHelpers;
}

/**
 * Sentence boundaries and part-of-speech tags are all the analysis needs (lemmas come from the
 * model's add-on, driven by the tags); skipping negation, sentiment and entities halves the time
 * per document.
 */
const PIPE = ['sbd', 'pos'];

/** The part of wink's model that its cache grows: every word it meets, in order, and their index. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}

type WinkModel = typeof model & { core: () => { features: { lexeme: Lexemes } } };

export function createNlp(): Nlp {
  let lexemes: Lexemes | undefined;
  const core = (model as WinkModel).core;
  // wink builds its working copy of the model with `core()`; keeping a handle on that copy's
  // lexicon is what lets `readDoc` below forget the words earlier texts added.
  const withHandle = () => {
    const copy = core();
    lexemes = copy.features.lexeme;
    return copy;
  };
  const nlp = winkNLP({ ...model, core: withHandle } as typeof model, PIPE);
  return { nlp: { ...nlp, readDoc: historyFree(nlp.readDoc, lexemes!) }, its: nlp.its, as: nlp.as };
}

/**
 * wink adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer first looks
 * each space-separated chunk up whole in that lexicon, so how a text is split depended on what
 * the instance had read before: "Heisenberg's," (kept whole before a comma) made a later
 * "Heisenberg's EDR" one token where a fresh instance reads "Heisenberg", "'s". Papers are read by
 * as many workers as the machine has cores, each its own slice, so the bytes of a map depended on
 * the core count. Before each text, the words the previous texts added are taken out of the
 * lexicon's lookup table (they stay in its list: wink's private per-word features are stored by
 * list position, so a word met again is simply added again): every text is read as a fresh
 * instance would read it.
 */
function historyFree(readDoc: WinkMethods['readDoc'], lexemes: Lexemes): WinkMethods['readDoc'] {
  const { hash, list } = lexemes;
  let known = list.length;
  return (text) => {
    for (let i = known; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
    known = list.length;
    return readDoc(text);
  };
}
