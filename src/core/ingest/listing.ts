// The "listing" format: text copied from a paper-listing web page (a daily-papers feed, a reading
// list). Each paper is a title line and its abstract paragraph, separated by blank lines, with
// some page chrome ("Subscribe", a date) around them. Nothing marks which line is which, so the
// reader goes by shape:
//
// - Text is cut into blocks of consecutive non-blank lines; a block's lines are joined.
// - A block is a *paragraph* when it is long (25+ words or 250+ characters), else *short*.
// - A short block of at most 3 lines right before a paragraph is that paper's title.
// - A paragraph right after another paragraph continues the same abstract (abstracts in several
//   paragraphs); one with no title before it at all is rejected.
// - Short blocks not followed by a paragraph: before the first title+abstract pair they are page
//   chrome and ignored. After it they are papers whose abstract is missing, if they look like a
//   title (3+ words, 12+ characters, not a date) - so "Jul 10" between two days of a feed or a
//   "Load more" footer is not taken for a paper. The cost of the rule: a first paper with no
//   abstract is taken for chrome.
// - A title must be separated from its abstract by a blank line: a block whose first line is a
//   title and the rest an abstract cannot be told from a hard-wrapped abstract, and is read as one.
import type { RawRecord, ReadResult, RejectedRecord } from '../types.ts';
import { InputError } from './errors.ts';
import { prepareText } from './source.ts';

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  lineCount: number;
  text: string;
  words: number;
}

const MONTH_DAY =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$/i;
const NUMERIC_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

/** Joins a block's lines; a line ending in a hyphen joins the next without a space ("state-of-the-\nart"). */
function joinLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/\p{L}-$/u.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/** Markdown decoration a title may carry when the listing is a .md file. */
const stripTitleMarkup = (title: string): string =>
  title
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.+)\*\*$/, '$1')
    .replace(/^__(.+)__$/, '$1');

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  const lines = prepareText(text).split('\n');
  const flush = (): void => {
    if (!current.length) return;
    const joined = joinLines(current);
    blocks.push({
      line: start,
      lineCount: current.length,
      text: joined,
      words: joined.split(/\s+/).filter(Boolean).length,
    });
    current = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) return flush();
    if (!current.length) start = i + 1;
    current.push(line);
  });
  flush();
  return blocks;
}

const isParagraph = (b: Block): boolean => b.words >= 25 || b.text.length >= 250;
const isTitleLike = (b: Block): boolean => !isParagraph(b) && b.lineCount <= 3;
const looksLikeLoneTitle = (b: Block): boolean =>
  b.words >= 3 &&
  b.text.length >= 12 &&
  /\p{L}/u.test(b.text) &&
  !MONTH_DAY.test(b.text) &&
  !NUMERIC_DATE.test(b.text);

/** Reads a listing; throws InputError when the text has no title+abstract pair at all. */
export function readListing(text: string, file: string): ReadResult {
  const records: RawRecord[] = [];
  const rejected: RejectedRecord[] = [];
  let index = 0;
  let seenPair = false;
  let lastWithAbstract: RawRecord | undefined;
  let shortRun: Block[] = [];

  const addTitleOnly = (blocks: Block[]): void => {
    if (!seenPair) return;
    for (const b of blocks.filter(looksLikeLoneTitle)) {
      records.push({
        location: { file, line: b.line, index: index++ },
        title: stripTitleMarkup(b.text),
      });
    }
  };

  for (const block of splitBlocks(text)) {
    if (isParagraph(block)) {
      const titleBlock = shortRun.pop();
      if (titleBlock) {
        addTitleOnly(shortRun);
        lastWithAbstract = {
          location: { file, line: titleBlock.line, index: index++ },
          title: stripTitleMarkup(titleBlock.text),
          abstract: block.text,
        };
        records.push(lastWithAbstract);
        seenPair = true;
      } else if (lastWithAbstract) {
        lastWithAbstract.abstract = `${lastWithAbstract.abstract} ${block.text}`;
      } else {
        rejected.push({
          location: { file, line: block.line, index: index++ },
          reason: 'paragraph without a title line before it',
        });
      }
      shortRun = [];
    } else if (isTitleLike(block)) {
      shortRun.push(block);
    } else {
      // A long run of short lines (a menu, a table): not a title, and it ends the current paper.
      addTitleOnly(shortRun);
      shortRun = [];
      lastWithAbstract = undefined;
    }
  }
  addTitleOnly(shortRun);

  if (!records.length && !rejected.length) {
    throw new InputError(
      file,
      'no papers found: expected, for each paper, a title line, a blank line and the abstract paragraph',
    );
  }
  return { records, rejected };
}

/** Whether the text has at least one title line followed by an abstract paragraph. */
export function looksLikeListing(text: string): boolean {
  const blocks = splitBlocks(text);
  return blocks.some((b, i) => i > 0 && isParagraph(b) && isTitleLike(blocks[i - 1]));
}
