// Identifier and field clean-up for papers: DOIs, arXiv ids, years, URLs, and the short title
// hash that names papers with no identifier. Pure functions; papers.ts applies them.

/** Years outside this range are typos or not years at all (a page number, "0"). */
const FIRST_YEAR = 1600;
const LAST_YEAR = 2100;

/** "https://doi.org/10.1000/ABC" / "doi:10.1000/abc" -> "10.1000/abc"; null when it is no DOI. */
export function normaliseDoi(raw: string | undefined): string | null {
  if (!raw) return null;
  const doi = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null;
}

const NEW_ARXIV = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_ARXIV = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;

/**
 * "arXiv:2401.01234v2", "https://arxiv.org/abs/2401.01234", "hep-th/9901001v1" -> the id
 * without version; null when it is not an arXiv id.
 */
export function normaliseArxivId(raw: string | undefined): string | null {
  if (!raw) return null;
  const id = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/\.pdf$/i, '')
    .replace(/^arxiv:\s*/i, '');
  const m = NEW_ARXIV.exec(id) ?? OLD_ARXIV.exec(id);
  return m ? m[1] : null;
}

/** The arXiv id hidden in a URL or an arXiv DOI (10.48550/arXiv.2401.01234). */
export function arxivIdFromLink(url: string | null, doi: string | null): string | null {
  const fromDoi = doi && /^10\.48550\/arxiv\.(.+)$/.exec(doi)?.[1];
  if (fromDoi) return normaliseArxivId(fromDoi);
  if (url && /arxiv\.org\/(?:abs|pdf)\//i.test(url)) return normaliseArxivId(url);
  return null;
}

/** A year from a number or a date string ("2024-01-02T…", "May 2019"); null when implausible. */
export function parseYear(raw: string | number | undefined): number | null {
  if (raw === undefined) return null;
  const year =
    typeof raw === 'number' ? raw : Number(/(?<!\d)(\d{4})(?!\d)/.exec(String(raw))?.[1] ?? NaN);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/**
 * A citation count: a non-negative integer ("1,234" and "1 234" too, as spreadsheets write
 * them); null for anything else ("n/a", -1, 2.5).
 */
export function parseCitations(raw: string | number | undefined): number | null {
  if (raw === undefined) return null;
  const n =
    typeof raw === 'number'
      ? raw
      : /^\d{1,3}(?:[, ]\d{3})+$|^\d+$/.test(raw.trim())
        ? Number(raw.trim().replace(/[, ]/g, ''))
        : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** A link with a scheme, or null for things like "N/A"; "www.x.org" gets https://. */
export function normaliseUrl(raw: string | undefined): string | null {
  const url = raw?.trim();
  if (!url || /\s/.test(url)) return null;
  if (/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(url)) return url;
  if (/^(?:www\.|doi\.org\/|arxiv\.org\/|github\.com\/)/i.test(url)) return `https://${url}`;
  return null;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;
const ENCODER = new TextEncoder();

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes, as 10 base-36 characters (~51 bits): short enough for
 * an id, long enough that two titles of one collection will not collide in practice.
 */
export function shortHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of ENCODER.encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return (hash % 36n ** 10n).toString(36).padStart(10, '0');
}

/** Case-insensitive dedupe that keeps the first spelling and the order. */
export function uniqueCaseless(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
