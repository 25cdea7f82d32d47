// What the Share dialog hands out: a link to the current view and an iframe snippet for it.
import { viewToSearch } from './url.ts';
import type { ViewState } from './types.ts';

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

/** The address of the current view (`page` is the app's address without its query). */
export function viewLink(
  page: string,
  view: Omit<ViewState, 'hovered'>,
  data: string | null,
  embed = false,
): string {
  return page + viewToSearch(view, { data, embed });
}

/**
 * An iframe for a blog post. The sandbox keeps allow-same-origin: without it the frame's
 * origin is opaque, and the browser refuses the app's own module script and graph.json (they
 * are then cross-origin requests to a server that sends no CORS headers); tested in
 * test/e2e/embed.e2e.ts. Use the single-file export to embed with a stricter sandbox.
 */
export function iframeSnippet(src: string, title: string, size: EmbedSize): string {
  return [
    '<iframe',
    `  src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    `  width="${size.width}"`,
    `  height="${size.height}"`,
    '  loading="lazy"',
    '  sandbox="allow-scripts allow-popups allow-same-origin"',
    '  style="border: 1px solid #ddd; max-width: 100%"',
    '></iframe>',
  ].join('\n');
}
