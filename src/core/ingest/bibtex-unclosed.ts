// A BibTeX entry with a brace that is never closed runs on into the entries after it: the parser
// reads them as the rest of its field ("title = {…" swallowing "@article{next, …}") and the
// entries that follow vanish without a word. Entries start at the beginning of a line in every
// exporter's files, so an entry whose braces do not balance before the next one starts is set
// aside here, rejected with its line, and the rest is parsed without it.
import { LineIndex } from './source.ts';

/** "@type{" or "@type(" at the start of a line: an entry or a directive begins. */
const ENTRY_START = /^[ \t]*@[ \t]*([\w-]+)[ \t]*[{(]/gm;
const DIRECTIVES = new Set(['string', 'comment', 'preamble']);

/** Open braces minus closed ones in source[from, to); backslash-escaped braces are text. */
function braceDepth(source: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return depth;
}

export interface UnclosedEntry {
  /** Where it was, in the returned source (its lines are still there, blank). */
  offset: number;
  line: number;
  key?: string;
}

export const UNCLOSED_REASON =
  'malformed entry (a brace opened in it is not closed before the next entry)';

/**
 * The source with every entry that leaves a brace open before the next entry's start blanked
 * out (its newlines kept, so that lines stay where they were), and those entries (not the
 * directives) with their places. The last entry is left to the parser, which says where it runs
 * out.
 */
export function setAsideUnclosed(source: string): { source: string; unclosed: UnclosedEntry[] } {
  const starts = [...source.matchAll(ENTRY_START)].map((m) => ({
    at: m.index,
    type: m[1]!.toLowerCase(),
  }));
  const unclosed = starts.flatMap((start, i) => {
    const end = starts[i + 1]?.at;
    return end !== undefined && braceDepth(source, start.at, end) > 0 ? [{ ...start, end }] : [];
  });
  if (!unclosed.length) return { source, unclosed: [] };
  const lines = new LineIndex(source);
  let kept = '';
  let from = 0;
  const entries: UnclosedEntry[] = [];
  for (const u of unclosed) {
    const text = source.slice(u.at, u.end);
    kept += source.slice(from, u.at);
    const offset = kept.length;
    kept += text.replace(/[^\n]/g, '');
    from = u.end;
    if (DIRECTIVES.has(u.type)) continue;
    const key = /^[ \t]*@[ \t]*[\w-]+[ \t]*[{(]\s*([^,\s{}()=]+)\s*,/.exec(text)?.[1];
    entries.push({ offset, line: lines.lineOf(u.at), ...(key ? { key } : {}) });
  }
  return { source: kept + source.slice(from), unclosed: entries };
}
