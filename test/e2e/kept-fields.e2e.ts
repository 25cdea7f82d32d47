// What the input said beyond title and abstract reaches the reader: the authors' keywords as
// chips that filter the map, the arXiv page as a link, and the input's other columns as a small
// table, all as text.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { GraphFile } from '../../src/core/graph-file.ts';
import { describeInBrowser, servedDir, useBrowser } from './support/browser.ts';
import { PAYLOADS } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { screenshot } from './support/screenshots.ts';
import { listedTitles, openListView, waitForMap } from './support/ui.ts';

describeInBrowser('fields kept from the input', () => {
  const browser = useBrowser();

  it('shows the authors’ keywords as filters, the arXiv link and the other fields as text', async () => {
    const g = servedGraph();
    const file: GraphFile = structuredClone(g.graph);
    const [paper, other] = file.nodes;
    // A keyword no title, abstract or keyphrase of the map uses, given to two papers.
    paper!.attributes.authorKeywords = ['retraining-free compaction', 'pruning'];
    other!.attributes.authorKeywords = ['retraining-free compaction'];
    paper!.attributes.arxivId = '2301.00774';
    paper!.attributes.extra = {
      Notes: `read twice ${PAYLOADS[0]}`,
      Rating: '5',
      [PAYLOADS[1]!]: 'x',
    };
    await writeFile(join(servedDir(), 'kept-fields.json'), JSON.stringify(file));

    const page = await browser.open('?data=kept-fields.json');
    await waitForMap(page);
    await page.evaluate((k) => window.__papermap!.selectNode(k), paper!.key);
    const details = page.getByRole('complementary', { name: 'Paper details' });
    const authors = details.getByRole('group', { name: 'Author keywords' });
    expect(await authors.getByRole('button').allInnerTexts()).toEqual([
      'retraining-free compaction',
      'pruning',
    ]);

    const arxiv = details.getByRole('link', { name: /2301\.00774/ });
    expect(await arxiv.getAttribute('href')).toBe('https://arxiv.org/abs/2301.00774');

    const extra = details.locator('details.extra');
    await extra.locator('summary').click();
    const rows = await extra.getByRole('row').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      `Notes ${`read twice ${PAYLOADS[0]}`}`,
      'Rating 5',
      `${PAYLOADS[1]} x`,
    ]);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, 'kept-fields-details');

    // The chip filters the map to the papers that carry the keyword.
    await authors.getByRole('button', { name: 'retraining-free compaction' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__papermap!.state().keywords))
      .toEqual(['retraining-free compaction']);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('kw'))
      .toBe('retraining-free compaction');
    await openListView(page);
    await expect
      .poll(async () => (await listedTitles(page, g.titles)).sort())
      .toEqual([paper!.attributes.title, other!.attributes.title].sort());
  });
});
