// `papermap export --single-file`: the one HTML file opens from file:// with every network
// request refused, shows the map, and search and selection work in it.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import {
  baseURL,
  describeInBrowser,
  refuseNetwork,
  servedDir,
  useBrowser,
} from './support/browser.ts';
import { HOSTILE_TITLE, SINGLE_FILE } from './support/single-file.ts';
import { screenshot } from './support/screenshots.ts';
import { expectCamera, tourViews } from './support/tour.ts';
import { servedGraph } from './support/graph.ts';
import { startsWith, ui, waitForDetails, waitForMap } from './support/ui.ts';

const FRONTIER = 'The Sparse Frontier: Sparse Attention Trade-offs in Transformer LLMs';

describeInBrowser('the single-file export', () => {
  const browser = useBrowser();

  it('opens from file:// without any network request; search and select work', async () => {
    const context = await browser.newContext();
    const network = await refuseNetwork(context);
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
    // No site around the file to go home to: the logo is no link, and no link points at "./".
    await expect.poll(() => page.locator('.topbar .brand').count()).toBe(1);
    expect(await page.locator('.topbar a.brand, a[href="./"]').count()).toBe(0);

    const { search, results } = ui(page);
    await search.fill('sparse attention');
    await results.getByRole('option', { name: startsWith(FRONTIER) }).click();
    await waitForDetails(page, FRONTIER);
    expect(new URL(page.url()).searchParams.get('paper')).not.toBeNull();

    expect(network, 'requests to any network').toEqual([]);
  });

  it('steps through its embedded tour on each saved camera (in a phone-sized frame)', async () => {
    const views = tourViews(servedGraph().graph);
    const context = await browser.newContext({
      context: { viewport: { width: 375, height: 700 } },
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
    await screenshot(page, 'embed-tour-375x700');
  });

  it('shares a snippet for a page beside the file, with the strict sandbox', async () => {
    const page = await browser.newContext().then((c) => c.newPage());
    await page.goto(pathToFileURL(join(servedDir(), SINGLE_FILE)).href);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    await dialog.waitFor();
    await screenshot(page, 'share-dialog-single-file');
    expect(await dialog.innerText()).toMatch(/one file, map\.html\. .*blog post/);
    const snippetOf = () => dialog.getByLabel('Iframe code').inputValue();
    const srcOf = async () =>
      (await snippetOf()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');

    // A map with a tour shares its start; "This view" shares what the reader sees.
    expect(await srcOf()).toBe('map.html?embed=1&view=v1');
    expect(await dialog.getByLabel('Link to the tour').inputValue()).toBe('map.html?view=v1');
    await dialog.getByRole('radio', { name: 'This view' }).check();
    expect(await srcOf()).toBe('map.html?embed=1');
    expect(await dialog.getByLabel('Link to this view').inputValue()).toBe('map.html');
    const snippet = await snippetOf();
    expect(snippet).toContain('sandbox="allow-scripts allow-popups"');
    expect(snippet).not.toContain('allow-same-origin');
    expect(await dialog.innerText()).not.toContain('file:');
    // The PNG export, loaded on demand elsewhere, is inside the one file too.
    const png = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download a PNG of this view' }).click();
    expect((await png).suggestedFilename().endsWith('.png')).toBe(true);

    // Pasted into a post in the file's folder, the tour's snippet works as it is.
    await dialog.getByRole('radio', { name: 'The guided tour, from its start' }).check();
    const post = join(dirname(join(servedDir(), SINGLE_FILE)), 'post.html');
    await writeFile(
      post,
      `<!doctype html><link rel="icon" href="data:,"><title>A post</title><p>Text.</p>${await snippetOf()}`,
    );
    const reader = await browser.open(new URL('single-file/post.html', baseURL()).href);
    const frame = (await (await reader.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const tour = frame.getByRole('region', { name: 'Guided tour', exact: true });
    await expect.poll(() => tour.locator('.caption').innerText()).toBe('The whole map');
  });
});
