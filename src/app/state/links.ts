// A paper's outbound links, made safe to render: only http(s) URLs (a graph file could carry
// `javascript:` links), a DOI turned into its resolver URL, duplicates dropped.
import type { PaperNodeAttributes } from '../../core/graph-file.ts';

export interface PaperLink {
  kind: 'Paper' | 'DOI' | 'arXiv' | 'Code' | 'Link';
  href: string;
  text: string;
}

export function httpUrl(raw: string): URL | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

const CODE_HOSTS = /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)$/u;

export function doiUrl(doi: string): string | null {
  const bare = doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/iu, '');
  return /^10\.\d{4,9}\/\S+$/u.test(bare) ? `https://doi.org/${encodeURI(bare)}` : null;
}

/** arXiv's own ids: "2301.00774", "2301.00774v2", "hep-th/9901001". */
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/u;

export function safeLinks(
  paper: Pick<PaperNodeAttributes, 'url' | 'doi' | 'links' | 'arxivId'>,
): PaperLink[] {
  const out: PaperLink[] = [];
  const seen = new Set<string>();
  const add = (kind: PaperLink['kind'], url: URL | null, text?: string) => {
    if (!url || seen.has(url.href)) return;
    seen.add(url.href);
    const path = url.pathname.replace(/\/$/u, '');
    out.push({
      kind,
      href: url.href,
      text: text ?? `${url.hostname.replace(/^www\./u, '')}${path}`,
    });
  };
  if (paper.url) add('Paper', httpUrl(paper.url));
  if (paper.doi) {
    const href = doiUrl(paper.doi);
    if (href) add('DOI', httpUrl(href), paper.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//iu, ''));
  }
  // The arXiv page, unless the paper's own link already is one.
  const onArxiv = out.some((l) => /(^|\.)arxiv\.org$/u.test(new URL(l.href).hostname));
  if (paper.arxivId && ARXIV_ID.test(paper.arxivId) && !onArxiv)
    add('arXiv', httpUrl(`https://arxiv.org/abs/${paper.arxivId}`), paper.arxivId);
  for (const l of paper.links) {
    const url = httpUrl(l);
    if (url) add(CODE_HOSTS.test(url.hostname) ? 'Code' : 'Link', url);
  }
  return out;
}
