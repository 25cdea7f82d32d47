import { describe, expect, it } from 'vitest';
import { DATA_PLACEHOLDER } from '../../../src/core/single-file-data.ts';
import { OneFileMapError, TEMPLATE_URL, oneFileMap } from '../../../src/app/state/one-file-map.ts';

const template = `<html><script type="application/json" id="papermap-data">${DATA_PLACEHOLDER}</script></html>`;
const serving = (status: number, body = template) =>
  (async (url: string) => {
    expect(url).toBe(TEMPLATE_URL);
    return new Response(body, { status });
  }) as unknown as typeof fetch;

describe('oneFileMap', () => {
  it('fills the site’s template as the CLI does: the graph without its final newline, every < escaped', async () => {
    const html = await oneFileMap('{"title":"</script>"}\n', serving(200));
    expect(html).toBe(
      '<html><script type="application/json" id="papermap-data">{"title":"\\u003c/script>"}</script></html>',
    );
  });

  it('says so in one line when the site has no template', async () => {
    await expect(oneFileMap('{}', serving(404, 'Not found'))).rejects.toThrow(
      new OneFileMapError(
        'The one-file viewer is missing from this site (the server answered 404).',
      ),
    );
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(oneFileMap('{}', offline)).rejects.toThrow(OneFileMapError);
  });
});
