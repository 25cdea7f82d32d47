// Type-ahead in a list of titles (the List view): typing the first letters of a title moves to
// it, as in a file manager or a select box.

/**
 * The index of the title that `typed` leads to from `current` (-1 when nothing is focused), or
 * -1 when no title starts with it, ignoring case. A first letter moves on from the current title
 * (typing it again goes to the next title with it); more letters keep the current title while it
 * still matches. The search wraps around.
 */
export function typeAheadMatch(titles: readonly string[], current: number, typed: string): number {
  const prefix = typed.toLowerCase();
  const from = prefix.length === 1 ? current + 1 : Math.max(current, 0);
  for (let i = 0; i < titles.length; i++) {
    const at = (from + i) % titles.length;
    if (titles[at]!.toLowerCase().startsWith(prefix)) return at;
  }
  return -1;
}
