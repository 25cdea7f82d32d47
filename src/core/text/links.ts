// URLs in abstracts ("code is available at https://github.com/..."): found before any LaTeX
// clean-up touches them, cleaned of the LaTeX and punctuation glued to them, and kept apart so
// the clean-up does not turn their underscores or tildes into something else.

export interface FoundLink {
  /** Offsets of the raw text the link replaces (including \url{, junk braces). */
  start: number;
  end: number;
  /** The link as it should read in the text (as written, cleaned: "github.com/a/b" stays so). */
  display: string;
  /** The link to follow: always with a scheme. */
  href: string;
  /** Text to put before the link: the label of \href{url}{label}, which reads "label (url)". */
  leading: string;
  /** Text after the link: the sentence's punctuation ("…/seco." keeps its "."), a ")" closing "(url". */
  trailing: string;
}

const HREF = /^\\href\s*\{\s*([^{}\s]+)\s*\}\s*\{([^{}]*)\}/;
const LINK =
  /(?:\\(?:url|href)\s*\{\s*)?(?:\bhttps?:\/\/|(?<![\w@./-])(?:www\.)?github\.com\/)[^\s<>"`]+/gi;

/** LaTeX escapes that papers put inside URLs (\_ for _) */
const unescapeLatex = (s: string): string => s.replace(/\\([_%#&~])/g, '$1');

/** Trailing characters that end the sentence rather than the URL. */
function splitTrailing(url: string): [string, string] {
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    const body = url.slice(0, end);
    const unbalanced = (open: string, close: string): boolean =>
      ch === close && body.split(open).length < body.split(close).length;
    if (/[.,;:!?'"*]/.test(ch) || unbalanced('(', ')') || unbalanced('[', ']')) end--;
    else break;
  }
  return [url.slice(0, end), url.slice(end)];
}

/** The links in a text, in order; overlapping or degenerate matches are skipped. */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    // A URL inside the label of an \href already taken is part of that link.
    if (start < (links.at(-1)?.end ?? 0)) continue;
    const href = HREF.exec(text.slice(start));
    if (href && /^https?:\/\/[^/]+\.[^/]+/i.test(href[1])) {
      const label = href[2].trim();
      const url = unescapeLatex(href[1]);
      links.push({
        start,
        end: start + href[0].length,
        display: label ? `(${url})` : url,
        href: url,
        leading: label ? `${label} ` : '',
        trailing: '',
      });
      continue;
    }
    const raw = match[0].replace(/^\\(?:url|href)\s*\{\s*/, '');
    const unescaped = unescapeLatex(raw);
    // LaTeX left around a URL: "seco{here}" from \href{…}{here}, the "}" closing \url{…}, "$".
    const cut = unescaped.search(/[{}\\$]/);
    const [url, trailingInUrl] = splitTrailing(cut === -1 ? unescaped : unescaped.slice(0, cut));
    // A label cut off by a space ("\href{url}{our page}") keeps its words, apart from the URL.
    const junk = (
      cut === -1 ? '' : unescaped.slice(cut).replace(/\{[^{}]*\}|[{}\\$]/g, '')
    ).replace(/^(?=[\p{L}\p{N}])/u, ' ');
    if (!/^(?:https?:\/\/)?[^/]+\.[^/]+/i.test(url)) continue;
    links.push({
      start,
      end: start + match[0].length,
      display: url,
      href: /^https?:\/\//i.test(url) ? url : `https://${url}`,
      leading: '',
      trailing: trailingInUrl + junk,
    });
  }
  return links;
}
