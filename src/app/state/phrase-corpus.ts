// A map's papers prepared for phrase matching (see phrase-match.ts): every paper's folded words
// in one string, so that finding a phrase in all of them is a single `indexOf` scan, with word
// boundaries in a bitset beside it.
import { foldWord, forEachWord } from './phrase-match.ts';

export interface PreparedCorpus {
  /** The folded words concatenated, with a space wherever a phrase can't continue. */
  joined: string;
  /** Bit i is set when a word starts or ends at `joined[i]`. */
  bounds: Uint8Array;
  /** Where each document starts in `joined`, and its length at the end. */
  starts: Int32Array;
}

/**
 * Adds documents one at a time (so that a large map can be prepared in chunks). A document is
 * a list of segments (a title, an abstract, keyphrases), each its own run of words; `expand`
 * may replace a word, given as written, by several (an acronym by its long form).
 */
export class CorpusBuilder {
  #chunks: string[] = [];
  #bounds = new Uint8Array(1024);
  #starts: number[] = [];
  #length = 0;
  // One segment's words, joined at its end into one string, so that the pieces die young.
  #pieces: string[] = [];
  readonly #expand: (surface: string) => readonly string[] | undefined;

  constructor(expand: (surface: string) => readonly string[] | undefined = () => undefined) {
    this.#expand = expand;
  }

  #bound() {
    const byte = this.#length >> 3;
    if (byte >= this.#bounds.length) {
      const grown = new Uint8Array(Math.max(this.#bounds.length * 2, byte + 1));
      grown.set(this.#bounds);
      this.#bounds = grown;
    }
    this.#bounds[byte] |= 1 << (this.#length & 7);
  }

  #push(s: string) {
    this.#pieces.push(s);
    this.#length += s.length;
  }

  add(segments: readonly string[]): void {
    this.#starts.push(this.#length);
    for (const segment of segments) {
      this.#pieces = [];
      this.#push(' ');
      forEachWord(segment, (surface, breakBefore) => {
        if (breakBefore) this.#push(' ');
        for (const word of this.#expand(surface) ?? [foldWord(surface)]) {
          this.#bound();
          this.#push(word);
        }
        this.#bound();
      });
      this.#chunks.push(this.#pieces.join(''));
    }
  }

  finish(): PreparedCorpus {
    const starts = Int32Array.from([...this.#starts, this.#length]);
    return { joined: this.#chunks.join(''), bounds: this.#bounds, starts };
  }
}

export function prepareCorpus(
  docs: Iterable<readonly string[]>,
  expand?: (surface: string) => readonly string[] | undefined,
): PreparedCorpus {
  const builder = new CorpusBuilder(expand);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

const isBound = (bounds: Uint8Array, i: number) => ((bounds[i >> 3] ?? 0) & (1 << (i & 7))) !== 0;

/** The documents (indexes, ascending) that have a run of whole words spelling `key`. */
export function docsContaining(corpus: PreparedCorpus, key: string): number[] {
  const found: number[] = [];
  if (key === '') return found;
  const { joined, bounds, starts } = corpus;
  let doc = 0;
  let i = joined.indexOf(key);
  while (i >= 0) {
    if (isBound(bounds, i) && isBound(bounds, i + key.length)) {
      while (starts[doc + 1] <= i) doc++;
      found.push(doc);
      // The rest of this document can't add anything.
      i = joined.indexOf(key, starts[doc + 1]);
    } else i = joined.indexOf(key, i + 1);
  }
  return found;
}
