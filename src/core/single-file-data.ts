// The map data of a one-file map: the graph file's JSON in the template's data block. Pure, so
// that `papermap export --single-file` and the page that makes a map in the browser fill the
// same template in the same way, and write the same file.

/**
 * The most map data a one-file map holds: the limit of the viewer's `?data=` too. Past it the
 * page would parse hundreds of megabytes of JSON before showing anything, which phones and many
 * laptops cannot; such a map is served as a graph file instead.
 */
export const MAX_MAP_BYTES = 50 * 1024 * 1024;

export class MapTooLargeError extends Error {
  override name = 'MapTooLargeError';
}

/** Refuses, in one sentence, map data too large for one file. */
export function assertFitsOneFile(graphJson: string): void {
  const bytes = new TextEncoder().encode(graphJson).length;
  if (bytes <= MAX_MAP_BYTES) return;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  throw new MapTooLargeError(
    `the map is ${mb(bytes)} of data, too large for one file (at most ${mb(MAX_MAP_BYTES)}, what a browser opens comfortably); serve its graph file with the app instead (?data=)`,
  );
}

/** Where the map data goes in the template. */
export const DATA_PLACEHOLDER = '<!--papermap-data-->';

/**
 * JSON that is safe inside `<script type="application/json">`: every `<` becomes `\u003c` (so a
 * title containing `</script>` or `<!--` cannot end or confuse the block; JSON.parse reads it
 * back as `<`), and U+2028/U+2029 are escaped too.
 */
export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</gu, '\\u003c')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/** The template with the graph file's JSON text in its data block. */
export function injectGraph(template: string, graphJson: string): string {
  if (!template.includes(DATA_PLACEHOLDER)) throw new Error('single-file: no data placeholder');
  assertFitsOneFile(graphJson);
  return template.replace(DATA_PLACEHOLDER, () => escapeJsonForScript(graphJson));
}
