// Author lists arrive as one string in CSV cells and some JSON, and as person objects elsewhere.
// Every reader turns them into "First Last" strings here, so merging and display see one form.

/** Placeholders for "and more authors", which are not people. */
const NOT_A_PERSON = /^(?:others|et\.? al\.?|and others|\.\.\.|…)$/i;

/** "Last, First" -> "First Last"; anything else is returned trimmed as it is. */
export function flipLastFirst(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return name.trim();
  return `${parts[1]} ${parts[0]}`;
}

function cleanList(names: string[]): string[] {
  return names
    .map((n) =>
      n
        .replace(/\s+/g, ' ')
        .replace(/\s*,?\s*et\.? al\.?$/i, '')
        .trim(),
    )
    .filter((n) => n !== '' && !NOT_A_PERSON.test(n));
}

const wordCount = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * Splits an author string into names. The rules, in order:
 * 1. ";" separates people (Scopus, Web of Science, Zotero CSV); a part with exactly one comma is
 *    "Last, First" and is flipped.
 * 2. " and " / " & " separate people (BibTeX style). If every part has exactly one comma they are
 *    "Last, First" names and are flipped; otherwise commas also separate people ("A, B and C").
 * 3. Commas alone are ambiguous: "Smith, John" is one person, "Ada Lovelace, Alan Turing" two.
 *    Exactly two parts where one is a single word are taken as one "Last, First" person;
 *    otherwise each part is a person.
 */
export function splitAuthors(s: string): string[] {
  const text = s.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  if (text.includes(';')) return cleanList(text.split(';').map(flipLastFirst));

  const byAnd = text.split(/\s+(?:and|&)\s+/i);
  if (byAnd.length > 1) {
    const allLastFirst = byAnd.every((p) => (p.match(/,/g) ?? []).length === 1);
    if (allLastFirst) return cleanList(byAnd.map(flipLastFirst));
    return cleanList(byAnd.flatMap((p) => p.split(',')));
  }

  const byComma = text.split(',').map((p) => p.trim());
  if (byComma.length === 2 && byComma.some((p) => wordCount(p) === 1)) {
    return cleanList([flipLastFirst(text)]);
  }
  return cleanList(byComma);
}

/** The person shapes found in JSON exports (CSL-JSON, Semantic Scholar, hand-written). */
export interface PersonLike {
  name?: unknown;
  literal?: unknown;
  given?: unknown;
  family?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  prefix?: unknown;
  suffix?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** "First [prefix] Last [suffix]" from a person object, or "" when it names nobody. */
export function personName(p: PersonLike): string {
  const whole = str(p.name) || str(p.literal);
  if (whole) return flipLastFirst(whole);
  const first = str(p.given) || str(p.firstName);
  const last = str(p.family) || str(p.lastName);
  return [first, str(p.prefix), last, str(p.suffix)].filter(Boolean).join(' ');
}

/** Names from an author value of any JSON shape: a string, or an array of strings / objects. */
export function authorsFromValue(value: unknown): string[] {
  if (typeof value === 'string') return splitAuthors(value);
  if (!Array.isArray(value)) return [];
  const names = value.map((a) => {
    if (typeof a === 'string') return flipLastFirst(a);
    if (a !== null && typeof a === 'object') return personName(a as PersonLike);
    return '';
  });
  return cleanList(names);
}
