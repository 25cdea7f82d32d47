// The shapes that words.ts and word-roles.ts share: wink's token attributes and the role a word
// can play in a noun phrase. Here, so that neither module imports the other.

/** What a word can do in a noun phrase. `other` ends a phrase. */
export type WordRole = 'noun' | 'adj' | 'participle' | 'other';

/** wink's token attributes for one piece of text (title or abstract). */
export interface TokenColumns {
  value: string[];
  pos: string[];
  type: string[];
  stop: boolean[];
  spaces: string[];
  lemma: string[];
}
