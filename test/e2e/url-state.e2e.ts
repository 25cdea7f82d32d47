// The URL holds the view: a copied link opens the same view, and back/forward walk through it.
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { pointableNodes } from './support/map.ts';
import { legendCluster, startsWith, ui, waitForDetails, waitForMap } from './support/ui.ts';

const DOUBLE = 'Post-Training Sparse Attention with Double Sparsity';
const SAE_PAPER =
  'Towards Principled Evaluations of Sparse Autoencoders for Interpretability and Control';

describeInBrowser('the view in the URL', () => {
  const browser = useBrowser();

  it('a copied URL opens the same paper, filters and search in a new page', async () => {
    const g = servedGraph();
    const paper = g.byTitle(DOUBLE);
    const keyphrase = paper.keywords.find((k) => /sparse attention/i.test(k)) ?? paper.keywords[0];
    const hidden = g.clusterOf(g.byTitle(SAE_PAPER).key);
    expect(hidden.id).not.toBe(paper.cluster);

    const page = await browser.open();
    await waitForMap(page);
    const { search, results, keyphrases } = ui(page);
    await search.fill('double sparsity');
    await results.getByRole('option', { name: startsWith(DOUBLE) }).click();
    await waitForDetails(page, DOUBLE);
    await keyphrases.getByRole('button', { name: keyphrase, exact: true }).click();
    await ui(page).removeKeyphrase(keyphrase).waitFor();
    await legendCluster(page, hidden.label).toggle.click();
    await expect
      .poll(() => legendCluster(page, hidden.label).toggle.getAttribute('aria-pressed'))
      .toBe('false');
    await search.fill('sparse');
    const hasSearch = (u: string) => [...new URL(u).searchParams.values()].includes('sparse');
    await expect
      .poll(() => hasSearch(page.url()), { message: 'the search text is in the URL' })
      .toBe(true);
    const url = page.url();

    // A new context: nothing is shared with the first page but the URL.
    const copy = await (await browser.newContext()).newPage();
    await copy.goto(url);
    await waitForMap(copy);
    await waitForDetails(copy, DOUBLE);
    await ui(copy).removeKeyphrase(keyphrase).waitFor();
    expect(await legendCluster(copy, hidden.label).toggle.getAttribute('aria-pressed')).toBe(
      'false',
    );
    for (const c of g.graph.attributes.clusters.filter((c) => c.id !== hidden.id))
      expect(await legendCluster(copy, c.label).toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await ui(copy).search.inputValue()).toBe('sparse');
  });

  it('back and forward go between the papers a reader opened', async () => {
    const g = servedGraph();
    const page = await browser.open();
    await waitForMap(page);

    // A: clicked on the map.
    const [a] = await pointableNodes(
      page,
      g.papers.map((p) => p.key),
    );
    expect(a, 'a paper on the map that can be clicked').toBeDefined();
    await page.mouse.click(a.at.x, a.at.y);
    const titleA = g.byKey(a.key).title;
    await waitForDetails(page, titleA);

    // B: followed from A's related papers.
    const relatedB = ui(page).related.getByRole('listitem').first().getByRole('button').first();
    const nameB = (await relatedB.getAttribute('aria-label')) ?? (await relatedB.innerText());
    const titleB = g.titles
      .filter((t) => nameB.trim().startsWith(t))
      .sort((x, y) => y.length - x.length)[0];
    expect(titleB, `related paper "${nameB}"`).toBeDefined();
    await relatedB.click();
    await waitForDetails(page, titleB);

    await page.goBack();
    await waitForDetails(page, titleA);
    await page.goForward();
    await waitForDetails(page, titleB);
    await page.goBack();
    await page.goBack();
    await ui(page).details.waitFor({ state: 'hidden' });
  });

  it('a quick second click on another paper selects it, rather than zooming', async () => {
    const g = servedGraph();
    const page = await browser.open();
    await waitForMap(page);
    const keys = g.papers.map((p) => p.key);
    // First a paper, so the details panel is open and the map keeps its size from here on.
    const [first] = await pointableNodes(page, keys);
    await page.mouse.click(first.at.x, first.at.y);
    await waitForDetails(page, g.byKey(first.key).title);
    const others = (await pointableNodes(page, keys)).filter((n) => n.key !== first.key);
    const [a, b] = others;
    expect(b, 'two more papers on the map that can be clicked').toBeDefined();
    // Within sigma's double-click window (300 ms): sigma reports the second as a double click.
    await page.mouse.click(a.at.x, a.at.y);
    await page.mouse.click(b.at.x, b.at.y);
    await waitForDetails(page, g.byKey(b.key).title);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => window.__papermap!.state().selected)).toBe(b.key);
    // The camera shows the second paper with its neighbours, as choosing it alone does, rather
    // than sigma's double-click zoom.
    const camera = await page.evaluate(() => window.__papermap!.state().camera);
    await page.evaluate((k) => window.__papermap!.selectNode(k), b.key);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => window.__papermap!.state().camera)).toEqual(camera);
  });
});
