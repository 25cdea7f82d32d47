// Unicode sub- and superscripts ("Cu₂O", "m²", "10⁻³"). wink's tokenizer does not know them and
// cuts "Cu₂O" into "Cu", "₂", "O", so a physics library's most common keyphrase became "cu".
// Text is tokenised in plain form ("Cu2O", which wink reads as one word) and the tokens are
// given back their written form, so keys match across spellings and phrases read as written.

// Each is one UTF-16 unit and so is its plain form: offsets in the plain text are offsets in the
// written one.
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₔₕₖₗₘₙₚₛₜ';
const SUPERSCRIPT_PLAIN = '0123456789+-=()ni';
const SUBSCRIPT_PLAIN = '0123456789+-=()aeoxəhklmnpst';

const PLAIN = new Map<string, string>();
[...SUPERSCRIPTS].forEach((c, i) => PLAIN.set(c, SUPERSCRIPT_PLAIN[i]));
[...SUBSCRIPTS].forEach((c, i) => PLAIN.set(c, SUBSCRIPT_PLAIN[i]));

const SCRIPT = new RegExp(`[${SUPERSCRIPTS}${SUBSCRIPTS}]`, 'gu');
const HAS_SCRIPT = new RegExp(`[${SUPERSCRIPTS}${SUBSCRIPTS}]`, 'u');

export function hasScripts(text: string): boolean {
  return HAS_SCRIPT.test(text);
}

/** The text with sub- and superscripts as plain characters, same length: "Cu₂O" -> "Cu2O". */
export function plainScripts(text: string): string {
  return hasScripts(text) ? text.replace(SCRIPT, (c) => PLAIN.get(c) ?? c) : text;
}

/**
 * The written form of each token read from `plainScripts(written)`: tokens are found in order in
 * the plain text and the same span is taken from the written one. A token wink changed (it does
 * not, but a future model might) keeps its value.
 */
export function writtenTokens(tokens: readonly string[], written: string): string[] {
  const plain = plainScripts(written);
  let at = 0;
  return tokens.map((t) => {
    const i = plain.indexOf(t, at);
    if (i < 0) return t;
    at = i + t.length;
    return written.slice(i, at);
  });
}

const UNIT_POWER = new RegExp(`^\\p{L}{1,3}[⁻⁺]?[${SUPERSCRIPTS.slice(0, 10)}]+$`, 'u');

/** A unit raised to a power ("cm⁻²", "m²", "s⁻¹"): a measurement, never a topic. */
export function isUnitPower(word: string): boolean {
  // It ends in a superscript digit, outside ASCII: asked of every word, most answer here.
  if (word.charCodeAt(word.length - 1) < 128) return false;
  return UNIT_POWER.test(word);
}
