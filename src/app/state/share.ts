// What the Share dialog hands out: a link to the current view or to the start of the map's
// tour, and an iframe snippet for it.
import { viewToSearch } from './url.ts';
import type { ViewState } from './types.ts';
import { INITIAL_VIEW } from './view-state.ts';

export interface EmbedSize {
  width: string;
  height: string;
}

/** Sizes offered for the iframe: a blog column, full width, a phone. */
export const EMBED_SIZES: readonly EmbedSize[] = [
  { width: '700', height: '450' },
  { width: '100%', height: '500' },
  { width: '320', height: '480' },
];

const escapeAttribute = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/**
 * The address of the current view (`page` is the app's address without its query, or a
 * one-file map's own file name, for a link relative to the page beside it).
 */
export function viewLink(
  page: string,
  view: Omit<ViewState, 'hovered'>,
  data: string | null,
  embed = false,
): string {
  return page + viewToSearch(view, { data, embed });
}

/** The address that starts the map's tour at its view `id`, whatever the reader looks at now. */
export function tourLink(page: string, id: string, data: string | null, embed = false): string {
  const p = new URLSearchParams(viewToSearch(INITIAL_VIEW, { data, embed }));
  p.set('view', id);
  return `${page}?${p}`;
}

/** A one-file map's name, from its address's path: what a page beside it links to. */
export function fileName(pathname: string): string {
  return pathname.slice(pathname.lastIndexOf('/') + 1) || 'map.html';
}

/**
 * An iframe for a blog post. The served app's sandbox keeps allow-same-origin: without it the
 * frame's origin is opaque, and the browser refuses the app's own module script and graph.json
 * (they are then cross-origin requests to a server that sends no CORS headers); tested in
 * test/e2e/embed.e2e.ts. A one-file map makes no request, so it gets the `strict` sandbox.
 */
export function iframeSnippet(src: string, title: string, size: EmbedSize, strict = false): string {
  return [
    '<iframe',
    `  src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    `  width="${size.width}"`,
    `  height="${size.height}"`,
    '  loading="lazy"',
    `  sandbox="allow-scripts allow-popups${strict ? '' : ' allow-same-origin'}"`,
    '  style="border: 1px solid #ddd; max-width: 100%"',
    '></iframe>',
  ].join('\n');
}
