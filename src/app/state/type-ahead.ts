// Type-ahead in a list of titles (the List view): typing the first letters of a title moves to
// it. A repeated single letter ("s", "s", "s") steps through the titles that start with it.

/**
 * The index of the title that `typed` leads to from `current` (-1 when nothing is focused), or
 * -1 when no title starts with it. Titles are searched from the current one (it still matches
 * while the reader goes on typing), or from the next one when `typed` is one letter or the
 * same letter repeated, wrapping around. Case and accents don't matter.
 */
export function typeAheadMatch(titles: readonly string[], current: number, typed: string): number {
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trimStart();
  let prefix = fold(typed);
  if (prefix === '' || titles.length === 0) return -1;
  const repeated = [...prefix].every((ch) => ch === prefix[0]);
  if (repeated) prefix = prefix[0]!;
  const start = Math.max(0, repeated ? current + 1 : current);
  for (let i = 0; i < titles.length; i++) {
    const at = (start + i) % titles.length;
    if (fold(titles[at]!).startsWith(prefix)) return at;
  }
  return -1;
}
