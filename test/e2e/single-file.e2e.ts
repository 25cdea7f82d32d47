// `papermap export --single-file`: the one HTML file opens from file:// with every network
// request refused, shows the map, and search and selection work in it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { describeInBrowser, servedDir, useBrowser } from './support/browser.ts';
import { HOSTILE_TITLE, SINGLE_FILE } from './support/single-file.ts';
import { expectCamera, tourViews } from './support/tour.ts';
import { servedGraph } from './support/graph.ts';
import { startsWith, ui, waitForDetails, waitForMap } from './support/ui.ts';

const FRONTIER = 'The Sparse Frontier: Sparse Attention Trade-offs in Transformer LLMs';

describeInBrowser('the single-file export', () => {
  const browser = useBrowser();

  it('opens from file:// without any network request; search and select work', async () => {
    const context = await browser.newContext();
    const network: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      network.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
    });
    await page.goto(pathToFileURL(join(servedDir(), SINGLE_FILE)).href);
    await waitForMap(page);

    // The title's </script> stayed text: the data block was not cut short, nothing ran.
    expect(await page.title()).toBe(`${HOSTILE_TITLE} · papermap`);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.locator('script[src], link[href^="http"], link[rel=stylesheet]').count(),
    ).toBe(0);

    const { search, results } = ui(page);
    await search.fill('sparse attention');
    await results.getByRole('option', { name: startsWith(FRONTIER) }).click();
    await waitForDetails(page, FRONTIER);
    expect(new URL(page.url()).searchParams.get('paper')).not.toBeNull();

    expect(network, 'requests to any network').toEqual([]);
  });

  it('steps through its embedded tour on each saved camera', async () => {
    const views = tourViews(servedGraph().graph);
    const context = await browser.newContext({
      context: { viewport: { width: 700, height: 450 } },
    });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(join(servedDir(), SINGLE_FILE)).href}?embed=1&view=v1`);
    await waitForMap(page);
    const tour = page.getByRole('region', { name: 'Guided tour', exact: true });
    await expectCamera(page, views[0]!.state.cam!);
    for (const [button, i] of [
      ['Next', 1],
      ['Next', 2],
      ['Previous', 1],
    ] as const) {
      await tour.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => tour.locator('.caption').innerText()).toBe(views[i]!.caption);
      await expectCamera(page, views[i]!.state.cam!);
    }
  });
});
