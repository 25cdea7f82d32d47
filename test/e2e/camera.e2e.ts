// Where the camera goes: the fitted map fills the visible map's shape, phones included.
import { expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { cameraAtRest, unseenNodes } from './support/map.ts';
import { screenshot } from './support/screenshots.ts';
import { waitForMap } from './support/ui.ts';

const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 700 },
  isMobile: true,
  hasTouch: true,
};

/** The papers' box on screen against the map's: how much of its width and height they fill. */
async function mapFill(page: Page): Promise<{ width: number; height: number }> {
  const g = servedGraph();
  const keys = g.papers.map((p) => p.key);
  await cameraAtRest(page, keys);
  return page.evaluate((keys) => {
    const api = window.__papermap!;
    const points = keys.map((k) => api.nodeViewportPosition(k)!);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const map = document.querySelector('[role="application"]')!.getBoundingClientRect();
    return {
      width: (Math.max(...xs) - Math.min(...xs)) / map.width,
      height: (Math.max(...ys) - Math.min(...ys)) / map.height,
    };
  }, keys);
}

describeInBrowser('the camera', () => {
  const browser = useBrowser();

  it('phone: the fitted map fills the visible map across or down', async () => {
    const page = await browser.open('', { context: PHONE });
    await waitForMap(page);
    const fill = await mapFill(page);
    await screenshot(page, 'camera-phone-fitted');
    expect(Math.max(fill.width, fill.height), JSON.stringify(fill)).toBeGreaterThanOrEqual(0.8);
    const g = servedGraph();
    expect(
      await unseenNodes(
        page,
        g.papers.map((p) => p.key),
        2,
      ),
      'papers under the controls',
    ).toEqual([]);
    // The fitted view is no camera in the URL: a link opened on another screen fits that one.
    expect(await page.evaluate(() => window.__papermap!.state().camera)).toBeNull();
  });
});
