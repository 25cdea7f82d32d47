// Words a paper only uses to qualify another noun. LeNet's "graph transformer networks" are
// networks; the paper says nothing about transformers, yet "transformer" linked it to "Attention
// is all you need". A word stands on its own in a paper where it heads a noun phrase, perhaps
// after adjectives ("sparse autoencoders") or before words that name nothing ("attention
// mechanism", "transformer models"); elsewhere it is bound to the phrase it qualifies.
import { isBroadWord } from './broad-words.ts';
import type { Span } from './candidates.ts';
import { isGenericModifier, isGenericNoun } from './generic-words.ts';
import type { Word } from './words.ts';

/**
 * Stems (of `stems[i]`, Porter stems of word i) that occur in the paper's candidate phrases only
 * as modifiers of a specific noun, sorted: "transform" for LeNet, never a word that also stands
 * alone somewhere in the paper.
 */
export function boundStems(
  words: readonly Word[],
  stems: readonly string[],
  spans: Span[],
): string[] {
  const vagueStem = (s: string) => isGenericNoun(s) || isBroadWord(s);
  const vague = (i: number) =>
    isGenericModifier(words[i].text.toLowerCase()) ||
    (stems[i].includes(' ') ? stems[i].split(' ').every(vagueStem) : vagueStem(stems[i]));
  const specificNoun = (i: number) => words[i].role === 'noun' && !vague(i);
  const free = new Set<string>();
  const seen = new Set<string>();
  for (const { start, end } of spans) {
    // Counted once per phrase, not once per word of it: this runs for every phrase of every paper.
    let specific = 0;
    let oneSpecific = -1;
    for (let j = start; j < end; j++)
      if (specificNoun(j)) {
        specific++;
        oneSpecific = j;
      }
    for (let i = start; i < end; i++) {
      if (stems[i] === '') continue;
      const parts = stems[i].includes(' ') ? stems[i].split(' ') : [stems[i]];
      for (const s of parts) seen.add(s);
      // The head is what the phrase names ("graph transformer networks" are networks); a word
      // before it stands alone only beside adjectives and vague words.
      const alone = i === end - 1 || specific === 0 || (specific === 1 && oneSpecific === i);
      if (alone) for (const s of parts) free.add(s);
    }
  }
  return [...seen].filter((s) => !free.has(s)).sort();
}
