// Compounds written closed in one paper and open or hyphenated in another ("autoencoders",
// "auto-encoders", "auto encoders") are one term. Per paper, a hyphenated word gives one stem
// per part ("auto encod"), which meets the spaced spelling but not the closed one
// ("autoencod"); across the corpus, two adjacent stems that spell a stem some phrase uses on its
// own are read as that one stem.

/** Shorter joins are too often chance: "n" + "m", "x" + "y". */
const MIN_JOINED_LENGTH = 4;

/**
 * Small words are never half of a compound: "state of the art" is no "stateof the art", even
 * where a paper's typo wrote "stateof".
 */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

export type KeyCanon = (key: string) => string;

/**
 * A function giving a phrase key in its closed-compound spelling, given every phrase key of the
 * corpus: "spars auto encod" -> "spars autoencod" when some key has the stem "autoencod".
 */
export function closedCompounds(keys: Iterable<string>): KeyCanon {
  const stems = new Set<string>();
  for (const key of keys) for (const stem of key.split(' ')) stems.add(stem);
  const memo = new Map<string, string>();
  return (key) => {
    if (!key.includes(' ')) return key;
    let canon = memo.get(key);
    if (canon === undefined) memo.set(key, (canon = joinStems(key.split(' '), stems)));
    return canon;
  };
}

function joinStems(parts: string[], stems: ReadonlySet<string>): string {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const joined = i + 1 < parts.length ? parts[i] + parts[i + 1] : '';
    if (
      joined.length >= MIN_JOINED_LENGTH &&
      stems.has(joined) &&
      !FUNCTION_WORDS.has(parts[i]) &&
      !FUNCTION_WORDS.has(parts[i + 1])
    ) {
      out.push(joined);
      i++;
    } else out.push(parts[i]);
  }
  return out.join(' ');
}
