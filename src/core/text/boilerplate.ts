// Publisher and licence notices that databases and publishers attach to abstracts, mostly at the
// end, sometimes at the start: "© 2023 Elsevier Ltd. All rights reserved.", "(PsycInfo Database
// Record (c) 2022 APA, all rights reserved)". They say nothing about the paper's topic, and
// since hundreds of papers of one export share them, they would otherwise become keyphrases,
// "why related" terms and cluster labels ("Elsevier", "rights reserved").
//
// Only whole statements at the very start or the very end of an abstract are taken, and only
// when every statement there is a notice: a sentence inside the abstract that mentions copyright
// (in a paper about copyright law) stays, and so does a last sentence that is about copyright
// rather than a notice of it ("Copyright law must adapt.").

/**
 * The rest of a statement, up to its full stop (or the end of the text). A full stop inside a
 * word, a number or a URL ("B.V.", "4.0/", "creativecommons.org") does not end it, nor one
 * before a company suffix or a phrase that carries the statement on ("Science Press Co. Ltd.",
 * "Elsevier B.V. on behalf of …").
 */
const REST = String.raw`(?:[^.]|\.(?!\s|$)|\.(?=\s+(?:Ltd|Inc|KG|LLC|GmbH|AG|SA|Limited|on\s+behalf|trading\s+as|part\s+of)\b)){0,400}?(?:\.|$)`;

/** Publishers' names, or words of one, that identify a "published by" statement as a notice. */
const PUBLISHER = String.raw`(?:Elsevier|Wiley|Springer|Taylor\s*&\s*Francis|Informa|Liebert|University\s+Press|SAGE|BMJ|Karger|Thieme|Kluwer|Lippincott|Frontiers|MDPI|Hindawi|IOP|AIP|IEEE|ACM|Emerald|De\s+Gruyter|Royal\s+Society|Nature|Cell\s+Press|Blackwell|Publishing|Publishers|Press)`;

/** A word of a company's name after the publisher's: "Sons", "Ltd", "B.V", "GmbH". */
const NAME_WORD = String.raw`(?:[^\s.,]|\.(?=\S))+`;

/**
 * "published by Elsevier B.V.", "published by John Wiley & Sons Ltd on behalf of British
 * Ecological Society.": a few words, a publisher, a few more, and the end of the statement. An
 * abstract's own sentence that names a publisher ("data published by Elsevier journals were
 * mined") goes on for longer.
 */
const PUBLISHED_BY = String.raw`published\s+(?:by|for|under\s+licen[cs]e\s+by)\s+(?:${NAME_WORD}\s+){0,8}?${PUBLISHER}\b(?:[\s,&-]+${NAME_WORD}){0,4}?(?:\s+on\s+behalf\s+of\s${REST}|\s*(?:\.|$))`;

/**
 * Statements that are notices on their own. Each family is named after where it comes from;
 * the examples are lines as the exports have them.
 */
const NOTICES: string[] = [
  // The copyright line of nearly every publisher, as Scopus, Web of Science and the publishers'
  // sites give it: Elsevier "© 2023 Elsevier Ltd.", Springer "© The Author(s) 2022", "© The
  // Author(s), under exclusive licence to Springer Nature Switzerland AG 2022", Wiley "© 2020 The
  // Authors", Taylor & Francis "© 2021 Informa UK Limited, trading as Taylor & Francis Group",
  // IEEE "© 2022 IEEE.", MDPI "© 2021 by the authors.", ACM, SAGE, Emerald; UK government
  // authors "Crown Copyright © 2020". The © sign (or its HTML entity) is enough evidence.
  String.raw`(?:(?:crown\s+)?copyright\s*)?(?:©|&copy;)${REST}`,
  // The same in ASCII, as older records and some exports write it: "Copyright (C) 2010 John
  // Wiley & Sons, Ltd.", "(c) 2004 Elsevier B.V.". "(c)" must be followed by a year or an
  // author statement: otherwise it is the third item of a list.
  String.raw`(?:(?:crown\s+)?copyright\s*)?\(c\)\s*(?=\d{4}|the\s+authors?\b|the\s+author\(s\))${REST}`,
  // The word alone, with a year or a holder: "Copyright 2003 Elsevier Science B.V.", Mary Ann
  // Liebert's "Copyright 2021, Mary Ann Liebert, Inc., publishers", "Copyright by the authors".
  String.raw`(?:crown\s+)?copyright\s+(?=\(?\d{4}|by\s|held\s+by\s|the\s+authors?\b|the\s+author\(s\))${REST}`,
  // Springer's and SAGE's line when the © sign was lost on the way: "The Author(s) 2022."
  String.raw`the\s+authors?(?:\(s\))?,?\s+\d{4}\s*(?:\.|$)`,
  String.raw`the\s+author\(s\),?\s+under\s+exclusive\s+licen[cs]e\b${REST}`,
  // Elsevier, Wiley, Liebert and most others: "All rights reserved."
  String.raw`(?:all|some)\s+rights\s+reserved\s*(?:\.|$)`,
  // Elsevier "Published by Elsevier B.V.", Wiley "Published by Wiley-VCH GmbH", Oxford
  // "Published by Oxford University Press on behalf of …": only with a publisher named.
  PUBLISHED_BY,
  // Elsevier's society journals: "Production and hosting by Elsevier B.V.", "Peer review under
  // responsibility of King Saud University."
  String.raw`production\s+and\s+hosting\s+by\s${REST}`,
  String.raw`peer\s+review\s+under\s+(?:the\s+)?responsibility\s+of\s${REST}`,
  // Open-access licences. Elsevier "This is an open access article under the CC BY license
  // (http://creativecommons.org/licenses/by/4.0/).", MDPI "This article is an open access
  // article distributed under the terms and conditions of the Creative Commons Attribution (CC
  // BY) license (…)", PLOS/Hindawi "This is an open access article distributed under the terms
  // of the Creative Commons Attribution License, which permits unrestricted use, …", Springer's
  // paragraph "Open Access This article is licensed under a Creative Commons Attribution 4.0
  // International License, which permits … To view a copy of this licence, visit …".
  String.raw`this\s+(?:is\s+an?|article\s+is\s+an?)\s+open[-\s]access\s+article\b${REST}`,
  String.raw`open\s+access\s+this\s+(?:article|chapter|book)\b${REST}`,
  String.raw`this\s+(?:article|work|paper|chapter)\s+is\s+(?:licen[cs]ed|distributed|published|made\s+available)\s+under\s+(?:the\s+terms\s+of\s+)?(?:a|an|the)\s${REST}`,
  String.raw`the\s+images\s+or\s+other\s+third\s+party\s+material\s+in\s+this\b${REST}`,
  String.raw`if\s+material\s+is\s+not\s+included\s+in\s+the\s+article's\b${REST}`,
  String.raw`to\s+view\s+a\s+copy\s+of\s+this\s+licen[cs]e\b${REST}`,
  // IEEE Access: "This work is licensed under a Creative Commons Attribution 4.0 License. For
  // more information, see https://creativecommons.org/licenses/by/4.0/"
  String.raw`for\s+more\s+information,?\s+see\s+(?:https?:\/\/)?(?:www\.)?creativecommons\.org${REST}`,
  // MDPI: "Licensee MDPI, Basel, Switzerland."
  String.raw`licensee\s+${REST}`,
  // Wiley's accepted manuscripts: "This article is protected by copyright. All rights reserved."
  String.raw`this\s+article\s+is\s+protected\s+by\s+copyright\s*(?:\.|$)`,
  // IEEE's author-version notice: "Personal use of this material is permitted. Permission from
  // IEEE must be obtained for all other uses, …"
  String.raw`personal\s+use\s+of\s+this\s+material\s+is\s+permitted\s*(?:\.|$)`,
  String.raw`permission\s+from\s+IEEE\s+must\s+be\s+obtained\b${REST}`,
  // SPIE: "Downloading of the abstract is permitted for personal use only."
  String.raw`downloading\s+of\s+the\s+abstract\s+is\s+permitted\b${REST}`,
  // APA's PsycInfo records: "(PsycInfo Database Record (c) 2022 APA, all rights reserved)",
  // older ones "(PsycINFO Database Record (c) 2012 APA, all rights reserved)."
  String.raw`\(\s*psyc?info\s+database\s+record\b[^()]*(?:\([^()]*\)[^()]*)*\)\s*\.?`,
  String.raw`psyc?info\s+database\s+record\b${REST}`,
  // MEDLINE records as EBSCO and Ovid serve them: "[Abstract copyright: Copyright © 2023
  // Elsevier Inc. All rights reserved.]"
  String.raw`\[\s*abstract\s+copyright\s*:[^\]]*\]\s*\.?`,
];

/**
 * Statements that are notices only after one of the above, never on their own: Wiley's
 * "© 2021 The Authors. Journal of Ecology published by John Wiley & Sons Ltd on behalf of
 * British Ecological Society." The sentence starts with a journal's name, which could be
 * anything; it is the notice before it that gives it away.
 */
const FOLLOWERS: string[] = [
  // It starts with a word, never a space: a run of notices must have one reading only, or a
  // text that is not one takes exponential time to refuse.
  String.raw`[^.\s][^.]{0,119}?\s${PUBLISHED_BY}`,
];

const NOTICE = `(?:${NOTICES.join('|')})`;
const ANY = `(?:${[...NOTICES, ...FOLLOWERS].join('|')})`;
/** From a statement's start to the end of the text, notices only. */
const TAIL = new RegExp(String.raw`${NOTICE}(?:\s*${ANY})*\s*$`, 'iuy');
/**
 * From the start of the text, notices, and then the abstract proper. Followers are left out:
 * the abstract's own first sentence may say "published by".
 */
const HEAD = new RegExp(String.raw`^\s*${NOTICE}(?:\s*${NOTICE})*?\s+(?!${NOTICE})`, 'iu');

/**
 * Where a notice could begin: the start, after a sentence's end (also when a export glued the
 * notice to it: "effective.© 2023 Elsevier"), or, for a © sign or "Copyright 2003", anywhere
 * after a space, since some exports drop the full stop before them.
 */
const STATEMENT_START =
  /(?<=[.!?)\]"”])\s*(?=\S)|\s+(?=©|&copy;|(?:crown\s+)?copyright\s*(?:©|\(c\))?\s*\d{4})/giu;

export interface Boilerplate {
  /** The abstract without its notices. */
  text: string;
  /** The notices taken off, start first, separated by a space; "" when there were none. */
  removed: string;
}

/**
 * Takes publisher, copyright and licence notices off the start and the end of an abstract
 * (normalised text: single spaces, entities decoded).
 */
export function stripBoilerplate(abstract: string): Boilerplate {
  let text = abstract.trim();
  let tail = '';
  for (const start of statementStarts(text)) {
    TAIL.lastIndex = start;
    if (TAIL.test(text)) {
      tail = text.slice(start).trim();
      text = text.slice(0, start).trim();
      break;
    }
  }
  const head = HEAD.exec(text)?.[0] ?? '';
  if (head) text = text.slice(head.length);
  return { text, removed: [head.trim(), tail].filter(Boolean).join(' ') };
}

function statementStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(STATEMENT_START)) starts.push(m.index + m[0].length);
  return [...new Set(starts)].sort((a, b) => a - b);
}
