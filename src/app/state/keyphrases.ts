// Keyphrases as filter terms: one normal form for matching, the corpus's counts for autocomplete.

/** The form a keyphrase is matched and kept in the URL by: NFC, lowercased, single spaces. */
export function normaliseKeyphrase(k: string): string {
  return k.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
}

export interface KeyphraseEntry {
  /** Normalised form. */
  key: string;
  /** How it is shown: the surface form most papers use. */
  label: string;
  /** The papers that list it among their keyphrases. */
  papers: ReadonlySet<string>;
}

/** Indexes every paper's keyphrases by normal form; entries sorted by paper count, then label. */
export function buildKeyphraseIndex(
  papers: Iterable<{ key: string; keywords: readonly string[] }>,
): Map<string, KeyphraseEntry> {
  const papersOf = new Map<string, Set<string>>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const p of papers) {
    for (const raw of p.keywords) {
      const k = normaliseKeyphrase(raw);
      if (k === '') continue;
      let set = papersOf.get(k);
      if (!set) papersOf.set(k, (set = new Set()));
      set.add(p.key);
      let forms = surfaces.get(k);
      if (!forms) surfaces.set(k, (forms = new Map()));
      const surface = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
    }
  }
  const entries: KeyphraseEntry[] = [];
  for (const [key, set] of papersOf) {
    const forms = [...surfaces.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    entries.push({ key, label: forms[0][0], papers: set });
  }
  entries.sort((a, b) => b.papers.size - a.papers.size || a.label.localeCompare(b.label, 'en'));
  return new Map(entries.map((e) => [e.key, e]));
}

/**
 * Autocomplete: keyphrases containing the typed text, those that start with it (or have a word
 * that does) first, then by paper count. Already chosen ones are left out.
 */
export function suggestKeyphrases(
  index: ReadonlyMap<string, KeyphraseEntry>,
  typed: string,
  chosen: readonly string[],
  limit = 8,
): KeyphraseEntry[] {
  const q = normaliseKeyphrase(typed);
  const skip = new Set(chosen);
  const scored: { e: KeyphraseEntry; rank: number }[] = [];
  for (const e of index.values()) {
    if (skip.has(e.key)) continue;
    if (q === '') {
      scored.push({ e, rank: 2 });
      continue;
    }
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : e.key[at - 1] === ' ' || e.key[at - 1] === '-' ? 1 : 2;
    scored.push({ e, rank });
  }
  // `index` is already sorted by count then label, and Array.sort is stable.
  scored.sort((a, b) => a.rank - b.rank);
  return scored.slice(0, limit).map((s) => s.e);
}
