// The ingest stage: text of an input file in, raw records out. Readers never read files
// themselves (the core runs in browsers and workers too); the caller passes the text and name.
import type { InputFormat, ReadResult } from '../types.ts';
import { readArxiv } from './arxiv.ts';
import { readBibtex } from './bibtex.ts';
import { readCslJson } from './csl-json.ts';
import { readCsv, readTsv } from './csv.ts';
import { InputError } from './errors.ts';
import { readJson, readJsonl } from './json.ts';
import { readListing } from './listing.ts';
import { readOpenAlex } from './openalex.ts';
import { readPubmed } from './pubmed.ts';
import { readRis } from './ris.ts';
import { isBlank } from './source.ts';
import { readWos } from './wos.ts';

export { detectFormat, detectFormatFromContent, FORMAT_NAMES, parseFormatName } from './detect.ts';
export { InputError } from './errors.ts';
export { decodeText, DecodeError, type DecodedText, type InputEncoding } from './decode.ts';

const READERS: Record<InputFormat, (text: string, file: string) => ReadResult> = {
  listing: readListing,
  json: readJson,
  jsonl: readJsonl,
  csv: readCsv,
  tsv: readTsv,
  bibtex: readBibtex,
  arxiv: readArxiv,
  ris: readRis,
  pubmed: readPubmed,
  wos: readWos,
  openalex: readOpenAlex,
  'csl-json': readCslJson,
};

/**
 * Reads the records of one input file. Bad records come back in `rejected`; a file that cannot
 * be read as `format` at all (or is empty) throws an InputError naming the file.
 */
export function readRecords(text: string, fileName: string, format: InputFormat): ReadResult {
  const reader = Object.hasOwn(READERS, format) ? READERS[format] : undefined;
  if (!reader) throw new InputError(fileName, `unknown input format "${String(format)}"`);
  if (isBlank(text)) throw new InputError(fileName, 'the file is empty');
  return reader(text, fileName);
}
