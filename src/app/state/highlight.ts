// Splits untrusted text into plain and marked segments, so the UI renders keyphrases as <mark>
// elements around text nodes and never parses the paper's text as HTML.

export interface Segment {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A phrase as a pattern: any run of spaces or hyphens between words, an optional plural. */
function phrasePattern(phrase: string): string {
  const words = phrase
    .trim()
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map(escapeRegExp);
  return words.join('[\\s\\-‐–]+') + '(?:e?s)?';
}

export function highlightSegments(text: string, phrases: readonly string[]): Segment[] {
  const usable = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 1))];
  if (text === '') return [];
  if (usable.length === 0) return [{ text, mark: false }];
  // Longest first, so "sparse autoencoders" wins over "autoencoders" at the same place.
  usable.sort((a, b) => b.length - a.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (m[0] === '') continue;
    if (at > last) out.push({ text: text.slice(last, at), mark: false });
    out.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}
