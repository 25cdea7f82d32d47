// LaTeX in titles and abstracts, made readable. Two kinds arrive:
// - real LaTeX (arXiv metadata, BibTeX, datasets): "$\mathcal{O}(n^2)$", "Schr\"{o}dinger";
// - remnants of it on web pages that dropped the backslashes and dollars: "ell_1",
//   "1.26times", "mathcal{O}(1/epsilon^4)".
// The rules are conservative on purpose: a Greek letter name or "sim" without a backslash is
// only converted when it is glued to math ("epsilon^4", "(sim50%)"), never as an English word.
import {
  ACCENTS,
  BLACKBOARD,
  DROP,
  DROP_WITH_ARGUMENT,
  GREEK,
  LETTERS,
  MATH_ACCENTS,
  SYMBOLS,
} from './latex-symbols.ts';

// Stand-ins for characters the user wrote escaped (\$, \{, \}), so the clean-up that removes
// math dollars and grouping braces leaves them alone. Private-use code points: never in input.
const DOLLAR = '\ue002';
const OPEN = '\ue003';
const CLOSE = '\ue004';
// Ends a command where a math dollar did: "$\leq$Vmag" must not read as the command \leqVmag.
const END_COMMAND = '\ue005';
/** Marks where a citation or reference was removed, so the caller can close the gap it leaves. */
export const REMOVED = '\ue006';

const alternation = (names: Iterable<string>): string =>
  [...names].sort((a, b) => b.length - a.length).join('|');

const GREEK_REMNANT = new RegExp(
  `(?<![A-Za-z\\\\])(${alternation(GREEK.keys())})(?![A-Za-z])`,
  'g',
);
/** Cheap pre-checks: most texts have no remnant at all, and the remnant rules' look-behinds are slow. */
const GREEK_NAME = new RegExp(alternation(GREEK.keys()));
const MATH_WORD = /leq|geq|neq|infty|cdot|ldots|subseteq|rightarrow/;
const MATH_WORD_REMNANT =
  /(?<![A-Za-z\\])(leq|geq|neq|infty|cdots|cdot|ldots|subseteq|rightarrow)(?![A-Za-z])/g;
const COMMAND_REMNANT =
  /(?<![A-Za-z\\])(mathcal|mathbb|mathbf|mathrm|mathit|mathsf|textbf|textit|texttt|textrm|textsc|emph|text|operatorname|widetilde|widehat|tilde|hat|bar|overline|boldsymbol)\{(?:([A-Z])\})?/g;

const CITATION = new RegExp(
  `\\\\(?:${alternation(DROP_WITH_ARGUMENT)})\\*?\\s*(?:\\[[^\\]]*\\]\\s*)*\\{[^{}]*\\}`,
  'g',
);

/** A sub- or superscript: x^2 stays x^2, x^{-1} becomes x^-1, x^{n+1} becomes x^(n+1). */
const script = (mark: string, body: string): string =>
  /^(?:[-+−±∓]|[-+−]?[\p{L}\p{M}\p{N}.′*∗⊤⊙∞]+)$/u.test(body.trim())
    ? `${mark}${body.trim()}`
    : `${mark}(${body.trim()})`;

const group = (s: string): string =>
  /^[\p{L}\p{N}.]+$/u.test(s.trim()) ? s.trim() : `(${s.trim()})`;

/** The remnants left when a web page strips backslashes and dollars from LaTeX. */
export function remnantsToText(s: string): string {
  // Each rule runs only when its text can be there: most abstracts have no remnant at all, and
  // scanning them with these look-behinds was a good part of reading 100k papers.
  let out = s;
  if (out.includes('ell_'))
    out = out.replace(
      /(?<![A-Za-z\\])ell_(?:\{([^{}]*)\}|(infty|[A-Za-z0-9]))/g,
      (_m, braced?: string, bare?: string) => `ℓ${(braced ?? bare ?? '').replace('infty', '∞')}`,
    );
  if (GREEK_NAME.test(out))
    out = out.replace(GREEK_REMNANT, (m, name: string, at: number, all: string) => {
      const before = all[at - 1] ?? '';
      const after = all[at + m.length] ?? '';
      const glued = /[/([{^_|\d]/.test(before) || /[\^_/)\]}|(\d]/.test(after);
      // "psi" is also pounds per square inch: "(psi)", "30psi".
      if (name === 'psi' && !/[\^_]/.test(after)) return m;
      return name.startsWith('var') || glued ? (GREEK.get(name) ?? m) : m;
    });
  if (MATH_WORD.test(out))
    out = out.replace(MATH_WORD_REMNANT, (m, name: string) => SYMBOLS.get(name) ?? m);
  if (out.includes('{'))
    out = out.replace(COMMAND_REMNANT, (m, name: string, letter?: string) =>
      letter ? (name === 'mathbb' ? (BLACKBOARD.get(letter) ?? letter) : letter) : '{',
    );
  if (out.includes('times'))
    out = out
      // "1.26times", "[m]times [n]", "mtimes n" (from $m \times n$).
      .replace(/(?<=[\d\])])times(?![A-Za-z])/g, '×')
      .replace(/(?<![A-Za-z\\])([A-Za-z])times ?([A-Za-z])(?![A-Za-z])/g, '$1×$2');
  // "(sim50%)" from $\sim$50\%; not "sim2real", where a word follows the number.
  if (out.includes('sim'))
    out = out.replace(/(?<![A-Za-z\\])sim(?=\s?\d+(?:\.\d+)?(?![\p{L}\d]))/gu, '~');
  // "1{16}" from \frac{1}{16} with "\frac" stripped.
  if (out.includes('{')) out = out.replace(/(?<![\^_\w{])(\d+)\{(\d+)\}/g, '$1/$2');
  if (out.includes('^')) out = out.replace(/\^\{?top\}?(?![A-Za-z])/g, '^⊤');
  return out;
}

/** Drops $…$ where the content is math: it has a LaTeX character, or no spaces ("$n$"). */
function dropMathDelimiters(s: string): string {
  return s
    .replace(/\$\$([^$]+)\$\$/g, ' $1 ')
    .replace(/\$([^$]{1,300})\$/g, (m, body: string) =>
      /[\\^_{}=<>|]/.test(body) || !/\s/.test(body) ? body + END_COMMAND : m,
    )
    .replace(/\\[()[\]]/g, ' ');
}

/** A letter under an accent command: \i and \j are the dotless letters the accent sits on. */
const accentBase = (letter: string): string =>
  letter === '\\i' ? 'i' : letter === '\\j' ? 'j' : letter;

function commandsToText(s: string): string {
  return (
    s
      // Text accents: \"o, \"{o}, {\"o}, \'\i, \c{c}.
      .replace(
        /\\(["'`^~=.])\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g,
        (_m, accent: string, braced?: string, bare?: string) =>
          accentBase(braced ?? bare ?? '') + (ACCENTS.get(accent) ?? ''),
      )
      .replace(
        /\\([uvHckrdb])\s*\{\s*(\\[ij]|[A-Za-z])\s*\}/g,
        (_m, accent: string, letter: string) => accentBase(letter) + (ACCENTS.get(accent) ?? ''),
      )
      .replace(
        /\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])(?:\{\})?/g,
        (m, name: string) => LETTERS.get(name) ?? m,
      )
      .replace(
        /\\mathbb\s*(?:\{\s*([A-Z1])\s*\}|([A-Z]))/g,
        (_m, a?: string, b?: string) => BLACKBOARD.get(a ?? b ?? '') ?? a ?? b ?? '',
      )
      .replace(
        /\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g,
        (_m, a: string, b: string) => `${group(a)}/${group(b)}`,
      )
      .replace(/\\[dt]?frac\s*(\w)(\w)/g, '$1/$2')
      .replace(/\\sqrt\s*\{([^{}]*)\}/g, (_m, a: string) => `√${group(a)}`)
      // Citations and references go, with their optional arguments: \citep[p.~3]{key}.
      .replace(CITATION, REMOVED)
      .replace(/\\([A-Za-z]+)(?![A-Za-z])/g, (m, name: string) => SYMBOLS.get(name) ?? m)
      // Math accents after symbols, so \hat\theta and \hat{\theta} see θ.
      .replace(
        /\\([A-Za-z]+)\s*(?:\{\s*([^{}]*?)\s*\}|\s([A-Za-z])(?![A-Za-z]))/g,
        (m, name: string, braced?: string, bare?: string) => {
          const mark = MATH_ACCENTS.get(name);
          if (!mark) return m;
          const body = braced ?? bare ?? '';
          return [...body].length === 1 ? body + mark : body;
        },
      )
      // Fonts and boxes keep their argument; so do unknown commands (\mathfrak{osp} -> osp).
      .replace(/\\[A-Za-z]+\*?\s*(?=\{)/g, '')
      .replace(/\\([A-Za-z]+)\*?/g, (_m, name: string) =>
        DROP.has(name) || MATH_ACCENTS.has(name) ? ' ' : name,
      )
      .replace(/\\[,;: ]/g, ' ')
      .replace(/\\[!\-@/]/g, '')
      .replace(/\\\|/g, '‖')
  );
}

/** Sub- and superscripts, innermost first: "^{2^{k}}" -> "^(2^k)". */
function scriptsToText(s: string): string {
  let out = s
    .replace(/ℓ_\{([^{}]*)\}/g, 'ℓ$1')
    .replace(/ℓ_([\p{L}\p{N}∞])/gu, 'ℓ$1')
    .replace(/\^\s*\{?\s*′\s*\}?/g, '′');
  for (let i = 0; i < 4; i++) {
    const next = out.replace(/([\^_])\s*\{([^{}]*)\}/g, (_m, mark: string, body: string) =>
      script(mark, body),
    );
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Signs that a text was written in LaTeX (or is what is left of it), so its braces are markup. */
export function looksLikeLatex(s: string): boolean {
  return (
    /\\[A-Za-z"'`^~%&#_$]|\$|[\^_]\{|\d\{\d+\}/.test(s) ||
    new RegExp(COMMAND_REMNANT.source).test(s)
  );
}

/**
 * Braces left after the LaTeX clean-up. In LaTeX text they are grouping and go, except around a
 * list, which is set notation ("{0, 1, …, N}", "{t | t > 0}"). In other text only BibTeX-style
 * case protection ("{BERT}: …") goes: "{Φn}n∈N" or an unclosed "{" are the author's own.
 */
function removeGroupingBraces(s: string, latex: boolean): string {
  if (!latex) {
    return s.replace(
      /(?<![\p{L}\p{N}])\{([\p{Lu}\p{N}][\p{L}\p{N}-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*)*)\}(?![\p{L}\p{N}])/gu,
      '$1',
    );
  }
  return s.replace(/\{([^{}]*[,|][^{}]*)\}/g, `${OPEN}$1${CLOSE}`).replace(/[{}]/g, '');
}

/**
 * LaTeX markup and its remnants as plain Unicode text (whitespace is left for the caller).
 * `latex` says whether the text is LaTeX at all (it decides what its braces are); the caller
 * passes it when it has already taken parts, such as URLs, out of the text.
 */
export function latexToText(s: string, latex = looksLikeLatex(s)): string {
  // Most texts are plain: each step runs only when its text can match.
  const commands = s.includes('\\');
  let escaped = commands
    ? s
        .replace(/\\\\/g, ' ')
        .replace(/\\\$/g, DOLLAR)
        .replace(/\\(?:\{|lbrace(?![A-Za-z]))/g, OPEN)
        .replace(/\\(?:\}|rbrace(?![A-Za-z]))/g, CLOSE)
        .replace(/\\([%&#_])/g, '$1')
    : s;
  // A tie (~) between words is a space: "Sheng~\cite{…}", "Wu~{\it et al.}".
  if (escaped.includes('~'))
    escaped = escaped.replace(/(?<=[\p{L}\p{N}.,)}])~(?=[\p{L}\\{])/gu, ' ');
  let plain = remnantsToText(escaped);
  if (plain.includes('$') || plain.includes('\\')) plain = dropMathDelimiters(plain);
  if (plain.includes('\\')) plain = commandsToText(plain);
  if (plain.includes('^') || plain.includes('_')) plain = scriptsToText(plain);
  if (plain.includes('{') || plain.includes('}')) plain = removeGroupingBraces(plain, latex);
  return /[\ue002-\ue005]/.test(plain)
    ? plain
        .replaceAll(END_COMMAND, '')
        .replaceAll(DOLLAR, '$')
        .replaceAll(OPEN, '{')
        .replaceAll(CLOSE, '}')
    : plain;
}
