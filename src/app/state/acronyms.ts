// Acronyms the map's own papers define, "sparse autoencoders (SAEs)", so that a filter for one
// form finds the other. Found with Schwartz and Hearst's rule (PSB 2003): the letters of the
// short form appear in order in the words just before the parenthesis, its first letter at the
// start of a word. An acronym is used only when every definition in the corpus expands it the
// same way; "SNN" as both "sparse neural network" and "spiking neural network" is left alone.
import { foldPlural, normaliseText, phraseKey, tokenize } from './phrase-match.ts';

export interface AcronymDefinition {
  /** As written, without a plural "s": "SAE". */
  short: string;
  /** The words before the parenthesis that spell it: "sparse autoencoders". */
  long: string;
}

/** A single word of 2–10 letters and digits with at least two capitals, maybe a plural "s". */
const DEFINITION = /\(\s*(\p{L}[\p{L}\p{N}]{1,10})\s*\)/gu;
const CLAUSE_BREAK = /[.;:!?()[\]{}]/gu;
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** "SAEs" → "SAE", "LLMs" → "LLM"; a lowercase "s" after a capital or digit is a plural. */
export function acronymCore(surface: string): string {
  return /[\p{Lu}\p{N}]s$/u.test(surface) ? surface.slice(0, -1) : surface;
}

function isAcronym(core: string): boolean {
  return core.length >= 2 && core.length <= 10 && (core.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The shortest end of `before` that spells `short` (Schwartz–Hearst), or null. */
function longFormOf(short: string, before: string): string | null {
  // Lowercased a code point at a time, so that indexes into `l` are indexes into `before`.
  const s = [...short].map((c) => c.toLowerCase());
  const l = [...before].map((c) => c.toLowerCase());
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!isAlnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && isAlnum(l[li - 1])))) li--;
    if (li < 0) return null;
    li--;
    si--;
  }
  let start = li + 1;
  while (start > 0 && !/\s/u.test(l[start - 1])) start--;
  return [...before].slice(start).join('').trim();
}

/** The "long form (SHORT)" definitions in a text, in order. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const normal = normaliseText(text);
  const found: AcronymDefinition[] = [];
  for (const m of normal.matchAll(DEFINITION)) {
    const short = acronymCore(m[1]);
    if (!isAcronym(short)) continue;
    // The words before the parenthesis, within its clause, at most min(n + 5, 2n) of them.
    const clause = normal.slice(0, m.index).split(CLAUSE_BREAK).pop() ?? '';
    const maxWords = Math.min(short.length + 5, short.length * 2);
    const words = clause.trim().split(/\s+/u).slice(-maxWords).join(' ');
    const long = longFormOf(short, words);
    if (long === null || long.length <= short.length) continue;
    const longWords = tokenize(long).map((t) => t.surface.toLowerCase());
    if (longWords.includes(short.toLowerCase())) continue;
    found.push({ short, long });
  }
  return found;
}

export interface AcronymTable {
  /** Folded words of the long form, by the acronym as written ("SAE"): for texts. */
  bySurface: ReadonlyMap<string, readonly string[]>;
  /** The same by the acronym lowercased and folded ("sae"), for phrases (lowercase in the URL). */
  byLower: ReadonlyMap<string, readonly string[]>;
}

/**
 * Collects the definitions of texts added one at a time; `table()` keeps the acronyms defined
 * with exactly one expansion (up to plural, case and hyphens).
 */
export class AcronymCollector {
  readonly #expansions = new Map<string, Map<string, readonly string[]>>();

  add(text: string): void {
    for (const { short, long } of findAcronymDefinitions(text)) {
      const tokens = tokenize(long);
      const words = tokens.map((t) => t.word);
      let forms = this.#expansions.get(short);
      if (!forms) this.#expansions.set(short, (forms = new Map()));
      if (!forms.has(phraseKey(tokens))) forms.set(phraseKey(tokens), words);
    }
  }

  table(): AcronymTable {
    const bySurface = new Map<string, readonly string[]>();
    const lower = new Map<string, Map<string, readonly string[]>>();
    for (const [short, forms] of this.#expansions) {
      if (forms.size !== 1) continue;
      const [[key, words]] = forms;
      bySurface.set(short, words);
      const l = foldPlural(short.toLowerCase());
      if (!lower.has(l)) lower.set(l, new Map());
      lower.get(l)!.set(key, words);
    }
    const byLower = new Map<string, readonly string[]>();
    for (const [l, forms] of lower) if (forms.size === 1) byLower.set(l, [...forms.values()][0]);
    return { bySurface, byLower };
  }
}

export function buildAcronymTable(texts: Iterable<string>): AcronymTable {
  const collector = new AcronymCollector();
  for (const text of texts) collector.add(text);
  return collector.table();
}

/** For `CorpusBuilder`: a word written as a known acronym ("SAE", "SAEs") → its long form. */
export function expandInText(table: AcronymTable) {
  const { bySurface } = table;
  // Called for every word of the map: two map lookups, no regular expression.
  return (surface: string) =>
    bySurface.get(surface) ??
    (surface.endsWith('s') ? bySurface.get(acronymCore(surface)) : undefined);
}

/**
 * The keys a phrase is matched by: as given, and with every word that is a known acronym (in
 * any case, since phrases arrive lowercased) written out. A text matching either matches.
 */
export function phraseKeys(phrase: string, table: AcronymTable): string[] {
  const tokens = tokenize(phrase);
  const literal = phraseKey(tokens);
  const expanded = phraseKey(
    tokens.flatMap((t) =>
      (table.byLower.get(t.word) ?? [t.word]).map((word, i) => ({
        word,
        breakBefore: i === 0 && t.breakBefore,
      })),
    ),
  );
  if (literal === '') return [];
  return expanded === literal ? [literal] : [literal, expanded];
}
