// The sentences of a paper (title included) that are not in English.
import { sentenceLanguage, textWords } from './language.ts';
import type { Word } from './words.ts';

/** Global numbers of the sentences whose words `sentenceLanguage` reads as another language. */
export function foreignSentences(words: readonly Word[]): Set<number> {
  const foreign = new Set<number>();
  let sentence = -1;
  let texts: string[] = [];
  const decide = () => {
    if (sentence >= 0 && sentenceLanguage(texts) !== 'en') foreign.add(sentence);
  };
  // A word's sentence never comes back once left: words are in text order.
  for (const w of words) {
    if (w.sentence !== sentence) {
      decide();
      sentence = w.sentence;
      texts = [];
    }
    // The words of the sentence's text joined with spaces are the words of each text in turn:
    // a space never joins two.
    if (isPlainWord(w.text)) texts.push(w.text);
    else for (const t of textWords(w.text)) texts.push(t);
  }
  decide();
  return foreign;
}

/** ASCII letters only: its own one word to `textWords` (checked without a regex: every word). */
function isPlainWord(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
