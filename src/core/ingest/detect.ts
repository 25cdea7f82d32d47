// Which reader a file needs: from its extension, else from what its text looks like.
import type { InputFormat } from '../types.ts';
import { looksLikeCslJson } from './csl-json.ts';
import { BY_EXTENSION } from './extensions.ts';
import { fieldForName } from './fields.ts';
import { looksLikeJsonLines } from './json.ts';
import { looksLikeListing } from './listing.ts';
import { looksLikeOpenAlex } from './openalex.ts';
import { looksLikePubmed } from './pubmed.ts';
import { looksLikeRis } from './ris.ts';
import { looksLikeWos } from './wos.ts';

/** Every format, in the order messages list them. */
export const FORMAT_NAMES: readonly InputFormat[] = [
  'listing',
  'json',
  'jsonl',
  'csv',
  'tsv',
  'bibtex',
  'arxiv',
  'ris',
  'pubmed',
  'wos',
  'openalex',
  'csl-json',
];

/**
 * Extensions shared by several formats: PubMed and Web of Science export .txt, so do some RIS
 * exports; an OpenAlex response or a CSL-JSON file is a .json. For these the content decides
 * between the formats listed, and the extension's format is the fallback.
 */
const REFINED_BY_CONTENT: Partial<Record<InputFormat, InputFormat[]>> = {
  listing: ['ris', 'pubmed', 'wos'],
  json: ['openalex', 'csl-json'],
};

/** Names accepted by --format: the formats themselves and the words people use for them. */
const BY_NAME: Record<string, InputFormat> = {
  ...BY_EXTENSION,
  listing: 'listing',
  text: 'listing',
  markdown: 'listing',
  jsonlines: 'jsonl',
  'json-lines': 'jsonl',
  tab: 'tsv',
  biblatex: 'bibtex',
  arxiv: 'arxiv',
  pubmed: 'pubmed',
  medline: 'pubmed',
  wos: 'wos',
  webofscience: 'wos',
  'web-of-science': 'wos',
  isi: 'wos',
  csl: 'csl-json',
  'csl-json': 'csl-json',
  csljson: 'csl-json',
  openalex: 'openalex',
};

const lookup = (table: Record<string, InputFormat>, key: string): InputFormat | null =>
  Object.hasOwn(table, key) ? table[key] : null;

/** The format for a --format value such as "bib", "atom" or "txt"; null when unknown. */
export function parseFormatName(name: string): InputFormat | null {
  return lookup(BY_NAME, name.trim().toLowerCase().replace(/^\./, ''));
}

/** Whether the first line is a header with a title column, split by `delimiter`. */
function hasTitleHeader(firstLine: string, delimiter: string): boolean {
  if (!firstLine.includes(delimiter)) return false;
  return firstLine
    .split(delimiter)
    .some((cell) => fieldForName(cell.replace(/^\s*"|"\s*$/g, '')) === 'title');
}

/** Which JSON a text is: JSON Lines, an OpenAlex response, CSL-JSON or any other JSON. */
function jsonFlavour(body: string): InputFormat {
  if (body.startsWith('{') && looksLikeJsonLines(body)) return 'jsonl';
  if (looksLikeOpenAlex(body)) return 'openalex';
  return looksLikeCslJson(body) ? 'csl-json' : 'json';
}

/** PubMed, Web of Science or RIS from their tags; null for other text. */
const taggedFormat = (body: string): InputFormat | null =>
  looksLikePubmed(body) ? 'pubmed' : looksLikeWos(body) ? 'wos' : looksLikeRis(body) ? 'ris' : null;

/** Guesses the format of a text from its content alone; null when nothing fits. */
export function detectFormatFromContent(text: string): InputFormat | null {
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (!body) return null;
  if (body.startsWith('<')) return /<(?:[\w-]+:)?feed[\s>]/.test(body) ? 'arxiv' : null;
  if (body.startsWith('{') || body.startsWith('[')) return jsonFlavour(body);
  const tagged = taggedFormat(body);
  if (tagged) return tagged;
  if (/^\s*@\s*[a-z]+\s*[{(]/im.test(body)) return 'bibtex';
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (hasTitleHeader(firstLine, '\t')) return 'tsv';
  if (hasTitleHeader(firstLine, ',') || hasTitleHeader(firstLine, ';')) return 'csv';
  return looksLikeListing(body) ? 'listing' : null;
}

/**
 * The format of an input file: from its extension (.txt/.md listing, .json, .jsonl/.ndjson,
 * .csv, .tsv, .bib/.bibtex, .xml/.atom arXiv, .ris, .nbib PubMed), else from its content; null
 * when neither tells. A .txt may be a PubMed, Web of Science or RIS export and a .json an
 * OpenAlex response or CSL-JSON: their content decides.
 */
export function detectFormat(fileName: string, text: string): InputFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const byExtension = dot > 0 ? lookup(BY_EXTENSION, base.slice(dot + 1).toLowerCase()) : null;
  if (!byExtension) return detectFormatFromContent(text);
  const refinements = REFINED_BY_CONTENT[byExtension];
  if (!refinements) return byExtension;
  const body = text.replace(/^\ufeff/, '').trimStart();
  const refined = byExtension === 'json' ? jsonFlavour(body) : taggedFormat(body);
  return refined && refinements.includes(refined) ? refined : byExtension;
}
