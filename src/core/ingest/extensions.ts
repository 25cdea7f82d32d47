// The file extensions papermap reads and the format each names. Its own module, with no reader
// behind it, so that a page can offer a file picker without loading the readers.
import type { InputFormat } from '../types.ts';

export const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'listing',
  md: 'listing',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  bib: 'bibtex',
  bibtex: 'bibtex',
  xml: 'arxiv',
  atom: 'arxiv',
  ris: 'ris',
  nbib: 'pubmed',
};

/** The extensions papermap reads (`.bib`, …), for a file picker's `accept`. */
export const INPUT_EXTENSIONS = Object.keys(BY_EXTENSION).map((e) => `.${e}`);
