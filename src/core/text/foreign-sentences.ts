// The sentences of a paper (title included) that are not in English.
import { sentenceLanguage, textWords } from './language.ts';
import type { Word } from './words.ts';

/** Global numbers of the sentences whose words `sentenceLanguage` reads as another language. */
export function foreignSentences(words: readonly Word[]): Set<number> {
  const bySentence = new Map<number, string[]>();
  for (const w of words) {
    let list = bySentence.get(w.sentence);
    if (!list) bySentence.set(w.sentence, (list = []));
    list.push(w.text);
  }
  const foreign = new Set<number>();
  for (const [sentence, texts] of bySentence)
    if (sentenceLanguage(textWords(texts.join(' '))) !== 'en') foreign.add(sentence);
  return foreign;
}
