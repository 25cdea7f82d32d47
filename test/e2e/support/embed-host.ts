// A blog-like host page for the embed tests: text, the map's iframe snippets (a blog column and
// a phone width), and enough text below for the page to scroll.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { iframeSnippet } from '../../../src/app/state/share.ts';

export const EMBED_HOST = 'embed-host.html';
/** The sandbox without allow-same-origin: the served app, and the single-file export. */
export const STRICT_SANDBOX_HOST = 'embed-host-strict.html';

const page = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A blog post</title></head>
<body style="margin: 0; font-family: sans-serif">
<p style="height: 120px">Some paragraphs of a blog post.</p>
${body}
<p style="height: 3000px">More text below the map.</p>
</body></html>`;

export async function writeEmbedHosts(servedDir: string): Promise<void> {
  const wide = iframeSnippet('./?embed=1', 'Wide map', { width: '700', height: '450' });
  const narrow = iframeSnippet('./?embed=1', 'Narrow map', { width: '320', height: '480' });
  await writeFile(
    join(servedDir, EMBED_HOST),
    page(
      wide.replace('<iframe', '<iframe id="wide"').replace('loading="lazy"', '') +
        narrow.replace('<iframe', '<iframe id="narrow"').replace('loading="lazy"', ''),
    ),
  );
  const strict = wide
    .replace('<iframe', '<iframe id="strict"')
    .replace(' allow-same-origin', '')
    .replace('loading="lazy"', '');
  // The single-file export needs no request, so it runs in that sandbox.
  const single = strict
    .replace('id="strict"', 'id="single"')
    .replace('./?embed=1', './single-file/map.html?embed=1');
  await writeFile(join(servedDir, STRICT_SANDBOX_HOST), page(strict + single));
}
