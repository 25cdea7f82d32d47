// A map with more links than are worth drawing (over LARGE_MAP_EDGES): sigma gets its papers
// alone, and the focus layer draws only the links of the paper in focus (and the veil around a
// selection); the legend says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LARGE_MAP_EDGES } from '../../src/app/state/reducers.ts';
import { describeInBrowser, servedDir, useBrowser } from './support/browser.ts';
import { FIXTURES } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { screenshot } from './support/screenshots.ts';
import { ui, waitForMap } from './support/ui.ts';

const served = () => servedDir() !== '' && existsSync(join(servedDir(), FIXTURES.arxiv1000));

/** Pixels drawn on the focus layer's canvas, after the next frame. */
const linkPixels = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-focusLayer');
    if (!canvas) return -1;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });

describeInBrowser('a large map’s links', () => {
  const browser = useBrowser();

  it.skipIf(!served())(
    'are drawn only for the paper in focus, and the legend says so',
    async () => {
      const g = servedGraph(FIXTURES.arxiv1000);
      expect(g.graph.edges.length).toBeGreaterThan(LARGE_MAP_EDGES);
      const page = await browser.open(`?data=${FIXTURES.arxiv1000}`);
      await waitForMap(page);
      await expect
        .poll(() => ui(page).legend.getByTestId('links-note').innerText())
        .toMatch(/^Links are drawn for the hovered or selected paper only/);
      expect(await linkPixels(page), 'links with nothing in focus').toBe(0);
      const paper = [...g.papers].sort(
        (a, b) => g.neighbours(b.key).length - g.neighbours(a.key).length,
      )[0];
      await page.evaluate((k) => window.__papermap!.hoverNode(k), paper.key);
      await expect.poll(() => linkPixels(page)).toBeGreaterThan(0);
      await page.evaluate(() => window.__papermap!.hoverNode(null));
      await expect.poll(() => linkPixels(page)).toBe(0);
      await page.evaluate((k) => window.__papermap!.selectNode(k), paper.key);
      await expect.poll(() => linkPixels(page)).toBeGreaterThan(0);
      await screenshot(page, 'large-map-links-selected');
    },
  );

  it('are all drawn on a small map, with no note', async () => {
    const page = await browser.open('');
    await waitForMap(page);
    expect(servedGraph().graph.edges.length).toBeLessThanOrEqual(LARGE_MAP_EDGES);
    expect(await page.locator('canvas.sigma-focusLayer').count()).toBe(0);
    expect(await ui(page).legend.getByTestId('links-note').count()).toBe(0);
  });
});
