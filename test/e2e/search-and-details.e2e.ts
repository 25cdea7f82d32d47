// A reader searches, opens a paper, reads its details and follows a related paper.
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import type { GraphFile } from '../../src/core/graph-file.ts';
import { servedGraph } from './support/graph.ts';
import { startsWith, ui, waitForDetails, waitForMap } from './support/ui.ts';

const FRONTIER = 'The Sparse Frontier: Sparse Attention Trade-offs in Transformer LLMs';
const DOUBLE = 'Post-Training Sparse Attention with Double Sparsity';

const metadata = (n: GraphFile['nodes'][number]) =>
  n.attributes.authors.length + n.attributes.links.length + (n.attributes.url ? 1 : 0);

describeInBrowser('search and the details panel', () => {
  const browser = useBrowser();

  it('finds papers by phrase, shows one, and follows a related paper', async () => {
    const g = servedGraph();
    const page = await browser.open();
    await waitForMap(page);
    const { search, results, details } = ui(page);

    await search.fill('sparse attention');
    await results.getByRole('option', { name: startsWith(FRONTIER) }).waitFor();
    await results.getByRole('option', { name: startsWith(DOUBLE) }).waitFor();

    // Open the one with more to show (authors, links), so that those checks are not vacuous.
    const [paper] = [FRONTIER, DOUBLE]
      .map((t) => g.graph.nodes.find((n) => n.attributes.title === t)!)
      .sort((a, b) => metadata(b) - metadata(a));
    const title = paper.attributes.title;
    const before = page.url();
    await results.getByRole('option', { name: startsWith(title) }).click();
    await waitForDetails(page, title);
    expect(page.url()).not.toBe(before);

    const text = (await details.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(paper.attributes.abstract.replace(/\s+/g, ' ').slice(0, 120));
    for (const author of paper.attributes.authors) expect(text).toContain(author);
    for (const link of [paper.attributes.url, ...paper.attributes.links].filter(Boolean))
      expect(await details.locator(`a[href="${link}"]`).count(), `link ${link}`).toBeGreaterThan(0);

    const items = ui(page).related.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    const neighbours = g.neighbours(paper.key).map((n) => ({ ...n, title: g.byKey(n.key).title }));
    const first = items.first();
    const button = first.getByRole('button').first();
    const name = ((await button.getAttribute('aria-label')) ?? (await button.innerText())).trim();
    const related = neighbours
      .sort((a, b) => b.title.length - a.title.length)
      .find((n) => name.startsWith(n.title));
    expect(related, `first related paper "${name}" is a neighbour on the map`).toBeDefined();
    const itemText = await first.innerText();
    expect(itemText, 'the related item says what the papers share').toContain(related!.shared[0]);

    const url = page.url();
    await button.click();
    await waitForDetails(page, related!.title);
    expect(page.url()).not.toBe(url);
  });
});
