// The normalised identity of words and phrases: lowercased Porter stems, so that singular and
// plural ("autoencoder", "autoencoders") and spelling with or without hyphens ("long-context",
// "long context") meet. Porter is also what the standard keyphrase evaluation matches on.
import { stemmer } from 'stemmer';
import { isCaseMarked } from './case-marks.ts';
import { plainScripts } from './scripts.ts';

// Stemming runs for every word of every document; vocabularies are small, so a bounded memo of
// whole words pays for itself many times over.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The stem of an acronym-like part: lowercased, without a plural "s" ("LLMs" -> "llm"). */
export function acronymStem(part: string): string {
  return (/[A-Z0-9]s$/.test(part) ? part.slice(0, -1) : part).toLowerCase();
}

/**
 * Space-separated stems of one word. A hyphenated compound gives one stem per part; an acronym
 * or a name with inner capitals is lowercased but not stemmed (Porter would mangle "LoRA" or
 * "SeCO"), and `expand` may replace it by the stems of its expansion.
 */
export function wordStems(text: string, expand?: (part: string) => string | undefined): string {
  // Only words without case marks are memoised: theirs never depend on `expand`.
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  let out = '';
  let marked = false;
  // "Cu₂O" and "Cu2O" are one formula.
  for (const part of plainScripts(text).split('-')) {
    if (part === '') continue;
    let stem: string;
    if (isCaseMarked(part)) {
      marked = true;
      stem = expand?.(part) ?? acronymStem(part);
    } else {
      const lower = part.toLowerCase();
      stem = /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
    }
    out = out === '' ? stem : out + ' ' + stem;
  }
  if (!marked && !isCaseMarked(text)) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, out);
  }
  return out;
}
