// The map as one self-contained HTML file, made in the page: the site keeps the one-file map's
// template beside the app (vite.config.ts writes it), and the map's data goes into it exactly as
// `papermap export --single-file` puts it there, so the two files are the same bytes.
import { injectGraph } from '../../core/single-file-data.ts';

/** Beside index.html; a relative address, so that a site on a sub-path finds it. */
export const TEMPLATE_URL = './single-file.html';

export class OneFileMapError extends Error {
  override name = 'OneFileMapError';
}

export async function oneFileMap(
  graphJson: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(TEMPLATE_URL, { credentials: 'omit' });
  } catch {
    throw new OneFileMapError('The one-file viewer could not be loaded from this site.');
  }
  if (!response.ok)
    throw new OneFileMapError(
      `The one-file viewer is missing from this site (the server answered ${response.status}).`,
    );
  // The CLI writes the graph as JSON.stringify gives it, without the graph file's final newline.
  return injectGraph(await response.text(), graphJson.replace(/\n$/u, ''));
}
