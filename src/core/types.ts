// Types shared by the pipeline's stages. Data flows one way: ingest -> text -> model -> graph file.

/** Where an input record came from, for error messages and the build report. */
export interface RecordLocation {
  /** The input file's name as the user gave it. */
  file: string;
  /** 1-based line where the record starts, when the format has lines. */
  line?: number;
  /** The record's own key (a BibTeX citation key, an arXiv id), when it has one. */
  key?: string;
  /** 0-based position among the file's records. */
  index: number;
}

/** A record as a reader found it: fields are raw strings, not yet normalised. */
export interface RawRecord {
  location: RecordLocation;
  title?: string;
  abstract?: string;
  authors?: string[];
  year?: string | number;
  venue?: string;
  url?: string;
  doi?: string;
  /** The record's own identifier (an `id` column, a BibTeX key is not one). */
  id?: string;
  arxivId?: string;
  /** Author-supplied keywords (BibTeX `keywords`, a CSV `keywords` column). */
  keywords?: string[];
  /** How many times the paper is cited (Semantic Scholar, OpenAlex, Scopus, a CSV column). */
  citations?: number;
  /** Input attributes that papermap has no field for, kept as they are. */
  extra?: Record<string, string>;
}

/** A record that could not become a paper, and why. */
export interface RejectedRecord {
  location: RecordLocation;
  reason: string;
}

/** What a reader returns: the records it understood and the ones it rejected. Never throws on bad records. */
export interface ReadResult {
  records: RawRecord[];
  rejected: RejectedRecord[];
}

export type InputFormat =
  | 'listing'
  | 'json'
  | 'jsonl'
  | 'csv'
  | 'tsv'
  | 'bibtex'
  | 'arxiv'
  | 'ris'
  | 'pubmed'
  | 'wos'
  | 'openalex'
  | 'csl-json';

/** A normalised paper, ready for the text stages. */
export interface Paper {
  /**
   * Stable id: the record's id, DOI or arXiv id, else a short hash of the normalised title (of
   * the abstract when the title is derived).
   */
  id: string;
  title: string;
  /**
   * True when the record had no title and `title` is the start of its abstract: shown, never
   * used to merge records or to make the id.
   */
  titleDerived: boolean;
  /**
   * May be empty: a record with a title and no abstract is kept. Publisher notices ("© 2023
   * Elsevier Ltd. All rights reserved.") are not part of it: see `extra.copyright`.
   */
  abstract: string;
  authors: string[];
  year: number | null;
  venue: string | null;
  /** Citation count as the input gave it (a non-negative integer); null when it had none. */
  citations: number | null;
  url: string | null;
  doi: string | null;
  arxivId: string | null;
  /** URLs found in the abstract (code links), in order of appearance. */
  links: string[];
  /** Author-supplied keywords, if any. */
  authorKeywords: string[];
  /**
   * Input attributes papermap has no field for, and `copyright`: the publisher's copyright and
   * licence notices taken off the abstract.
   */
  extra: Record<string, string>;
  location: RecordLocation;
}

/** A candidate keyphrase found in one document. */
export interface PhraseOccurrence {
  /** Normalised identity of the phrase: lowercased, lemmatised/stemmed tokens joined by spaces. */
  key: string;
  /** The phrase as written in the text. */
  surface: string;
  /** 0-based token offset of the first occurrence in title + abstract. */
  firstPosition: number;
  /** How many times it occurs in this document. */
  count: number;
  inTitle: boolean;
  /**
   * True when `surface` writes an acronym where the key has its expansion ("SAE training" for
   * "spars autoencod train"): another paper's spelled-out form reads better.
   */
  acronym?: true;
}

/** What text analysis extracts from one paper. */
export interface AnalysedDoc {
  /** Content-word lemmas (lowercased, stop words and numbers removed), in text order, title first. */
  lemmas: string[];
  /**
   * The lemmas of the tokens read as nouns (a compound's head only), in text order: a sub-list
   * of `lemmas`. Lets the model tell a topical noun ("pruning") from a verb or adjective
   * ("require", "robust") when it explains a link. Absent in docs made before it existed.
   */
  nounLemmas?: string[];
  /**
   * The lemmas of sentences not in English (see text/language.ts), in text order: a sub-list of
   * `lemmas`. They still make the paper similar to others, but the English model cannot tell
   * their topics, so they never name a cluster or explain a link. Absent when there are none.
   */
  foreignLemmas?: string[];
  /**
   * Stems of words this paper only uses to qualify another noun ("transform" in LeNet's "graph
   * transformer networks"), sorted (see text/bound-words.ts): such a word alone does not say why
   * the paper is related to another. Absent when there are none.
   */
  boundStems?: string[];
  /**
   * Lemmas this paper writes differently ("child" -> "children", "llm" -> "LLMs"): its most
   * frequent written form of each. A "why related" term reads as the two papers write it.
   */
  lemmaForms?: Record<string, string>;
  /** Candidate keyphrases, one entry per distinct key. */
  phrases: PhraseOccurrence[];
  /**
   * The paper's acronyms, for the corpus pass that gives an acronym one key in every paper
   * (absent when it has none, and in docs made before it existed): those it defines in
   * parentheses, as [key token ("llm"), stems of the expansion ("larg languag model")], and the
   * key tokens of those it uses without an expansion of its own.
   */
  acronyms?: { defined: [string, string][]; unexplained: string[] };
  /** Total tokens in the document (for position normalisation). */
  length: number;
}

/** A ranked keyphrase of one paper. */
export interface Keyphrase {
  key: string;
  /** Most readable surface form across the corpus. */
  text: string;
  score: number;
}

/** A sparse vector: parallel arrays of feature indices (ascending) and values. L2-normalised. */
export interface SparseVector {
  indices: number[];
  values: number[];
}
