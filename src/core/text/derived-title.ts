// A title for a record that has none: the first words of its abstract. Exports of text
// collections (survey answers, annotated abstracts, a spreadsheet of notes) often have no title
// column, and a paper must still be named in the map and the list. The title is short enough
// to label a dot, cut between words, and says with "…" that it goes on.

const MAX_WORDS = 10;
/** Characters, the ellipsis included. */
const MAX_LENGTH = 80;
/** A first sentence this long or longer is a title on its own; a shorter one runs on. */
const MIN_SENTENCE_WORDS = 4;
const ELLIPSIS = '…';

// Fixed locale: the same abstract gets the same title on every machine. Word boundaries of
// scripts written without spaces (Chinese, Japanese, Thai) come from ICU's dictionaries.
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** Scripts written without spaces between words: a word boundary is a place to cut. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u;
/** A sentence's end, and what may close it ("…results.)"). */
const SENTENCE_END = /[.!?。！？][)\]"'”’]*$/u;
/** What a title should not end with once cut. */
const DANGLING = /[\s,;:、，；：.。\-–—/([{]+$/u;

/** Length in characters as a reader counts them, not UTF-16 units. */
const codePoints = (s: string): number => [...s].length;

/**
 * Up to ten words of the abstract (fewer when its first sentence ends before, or the title
 * would pass 80 characters), cut between words, with "…" when the abstract goes on. Empty when
 * the abstract has no word at all.
 */
export function titleFromAbstract(abstract: string): string {
  const text = abstract.trim();
  let cut = 0;
  let words = 0;
  for (const { segment, index, isWordLike } of WORDS.segment(text)) {
    if (!isWordLike) continue;
    if (++words > MAX_WORDS) break;
    const end = boundaryAfter(text, index + segment.length, SPACELESS.test(segment));
    if (codePoints(text.slice(0, end)) > MAX_LENGTH - ELLIPSIS.length) break;
    cut = end;
    if (words >= MIN_SENTENCE_WORDS && endsSentence(text, end)) break;
  }
  if (words === 0) return '';
  // One word longer than a title (a URL, a chemical name): cut inside it.
  if (cut === 0) return [...text].slice(0, MAX_LENGTH - ELLIPSIS.length).join('') + ELLIPSIS;
  const title = text.slice(0, cut).replace(DANGLING, '');
  return /[\p{L}\p{N}]/u.test(text.slice(cut)) ? title + ELLIPSIS : title;
}

/**
 * Where a title may end after a word that ends at `at`: at the next space, so that
 * "long-context", "(LLMs)," and "3.5%" stay whole; right after the word in a script without
 * spaces.
 */
function boundaryAfter(text: string, at: number, spaceless: boolean): number {
  if (spaceless) return at + (/^[)\]」』）"”’]*/u.exec(text.slice(at))?.[0].length ?? 0);
  const space = text.slice(at).search(/\s/);
  return space === -1 ? text.length : at + space;
}

function endsSentence(text: string, at: number): boolean {
  if (!SENTENCE_END.test(text.slice(0, at))) return false;
  // "vs. the baseline", "et al. show": a full stop before a lowercase word ends no sentence.
  const next = text.slice(at).trimStart();
  return next === '' || !/^\p{Ll}/u.test(next);
}
