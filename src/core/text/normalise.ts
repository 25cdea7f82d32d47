// Text as the map shows it and the keyphrase stage reads it: Unicode, single spaces, LaTeX made
// readable, and the URLs of the abstract collected as links (they stay in the text, cleaned, so
// "code is available at https://github.com/x/y." still reads as a sentence).
import { latexToText, looksLikeLatex, REMOVED } from './latex.ts';
import { findLinks } from './links.ts';

// A link is swapped for a stand-in while the LaTeX clean-up runs, so "_" and "~" in it survive.
const LINK_START = '\ue000';
const LINK_END = '\ue001';
const STAND_IN = /\ue000(\d+)\ue001/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Inline HTML/JATS markup some sources put in abstracts (Crossref's <jats:p>, <i>, <sub>).
 * Only known tag names, with attributes written name="value": "a <b and c> d" is left alone.
 */
function stripMarkup(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  const tags =
    /<\/?(?:jats:[\w-]+|mml:[\w-]+|i|b|em|strong|sub|sup|p|br|span|a|u|tt|code|sc|italic|bold|div)(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/gi;
  return s
    .replace(tags, (tag) => (/^<\/?(?:p|br|div|jats:p|jats:title)\b/i.test(tag) ? ' ' : ''))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => ENTITIES[name])
    .replace(/&#(\d{1,6});|&#x([0-9a-f]{1,5});/gi, (m, dec?: string, hex?: string) => {
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    });
}

const CITATION_IN_BRACKETS = new RegExp(`[([]\\s*${REMOVED}\\s*[)\\]]`, 'g');
const CITATION_AFTER_STOP = new RegExp(`(?<=\\.)\\s*${REMOVED}\\s*\\.`, 'g');
const CITATION_BEFORE_STOP = new RegExp(`\\s*${REMOVED}\\s*(?=[,.;:!?])`, 'g');

/**
 * Typography left after the LaTeX clean-up: dashes, emptied brackets, spaces. Each rule runs only
 * when its text can match (most abstracts have no "--", citation or "~"): at 100k papers the
 * rules' scans were a good part of reading the corpus.
 */
function tidy(s: string): string {
  let out = s;
  if (out.includes('--'))
    out = out
      .replace(/(?<=\d)--(?=\d)/g, '–')
      .replace(/(?<=\s)---(?=\s)|(?<=\p{L})---(?=\p{L})/gu, '—')
      .replace(/(?<=\s)--(?=\s)/g, '–');
  // Close the gaps removed citations leave: "[\cite{x}]", "Sheng~\cite{x}.", "al.~\cite{x}."
  if (out.includes(REMOVED))
    out = out
      .replace(CITATION_IN_BRACKETS, REMOVED)
      .replace(CITATION_AFTER_STOP, '')
      .replace(CITATION_BEFORE_STOP, '')
      .replaceAll(REMOVED, ' ');
  out = out.replace(/\s+/g, ' ');
  if (out.includes('~')) out = out.replace(/(?<=^|[\s(])~ (?=\d)/g, '~');
  return out.trim();
}

/**
 * Normalises a title or abstract for display and analysis, and collects its links (with a
 * scheme, deduplicated, in order of appearance).
 */
export function normaliseText(s: string): { text: string; links: string[] } {
  const input = stripMarkup(s.replace(/[\ue000-\ue006]/g, ''))
    // A dotless i under an accent (from BibTeX's {\'\i}) is an ordinary accented i.
    .replace(/ı(?=[\u0300-\u036f])/g, 'i')
    .normalize('NFC');

  const found = findLinks(input);
  const displays: string[] = [];
  let withStandIns = '';
  let at = 0;
  for (const link of found) {
    withStandIns += `${input.slice(at, link.start)}${link.leading}${LINK_START}${displays.length}${LINK_END}${link.trailing}`;
    displays.push(link.display);
    at = link.end;
  }
  withStandIns += input.slice(at);

  const text = tidy(latexToText(withStandIns, looksLikeLatex(input)))
    // BibTeX decoding writes \ell_1 as ℓ₁; the remnant rules give ℓ1. One spelling for both.
    .replace(/ℓ([₀-₉]+)/g, (_m, digits: string) =>
      [...digits]
        .map((d) => String(d.charCodeAt(0) - 0x2080))
        .join('')
        .replace(/^/, 'ℓ'),
    )
    .replace(STAND_IN, (_m, i: string) => displays[Number(i)] ?? '')
    .normalize('NFC');
  return { text, links: [...new Set(found.map((l) => l.href))] };
}

/**
 * The key two titles share when they name the same paper: lowercase, no diacritics, no
 * punctuation, single spaces ("Schrödinger's cat: a study" -> "schrodinger s cat a study").
 */
export function normaliseTitleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
