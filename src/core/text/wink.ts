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

export function createNlp(): Nlp {
  const nlp = winkNLP(model, PIPE);
  return { nlp, its: nlp.its, as: nlp.as };
}
