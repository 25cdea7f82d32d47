// Where the camera goes: a selected paper is shown with all its neighbours in the part of the map
// that no panel or control covers, however it was chosen (search, related papers, the map, the
// list); the fitted map fills the visible map's shape, phones included.
import { expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { cameraAtRest, pointableNodes, unseenNodes } from './support/map.ts';
import { screenshot } from './support/screenshots.ts';
import { openListView, ui, waitForDetails, waitForMap } from './support/ui.ts';

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 700 },
  isMobile: true,
  hasTouch: true,
};

const selected = (page: Page) => page.evaluate(() => window.__papermap!.state().selected);

/** The selected paper and its neighbours, once the camera rests: none may be out of sight. */
async function unseenNeighbourhood(page: Page): Promise<string[]> {
  const g = servedGraph();
  const key = await selected(page);
  expect(key).not.toBeNull();
  const keys = [key!, ...g.neighbours(key!).map((n) => n.key)];
  await cameraAtRest(page, keys);
  return unseenNodes(page, keys);
}

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

  for (const [name, context] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    it(`${name}: search, a related paper, a click on the map and the list show the paper with all its neighbours`, async () => {
      const g = servedGraph();
      // The paper whose neighbours spread the widest: the hardest to show whole.
      const spread = (key: string) => {
        const at = (k: string) => g.graph.nodes.find((n) => n.key === k)!.attributes;
        const ps = [key, ...g.neighbours(key).map((n) => n.key)].map(at);
        const xs = ps.map((p) => p.x);
        const ys = ps.map((p) => p.y);
        return Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys);
      };
      const paper = [...g.papers].sort((a, b) => spread(b.key) - spread(a.key))[0]!;
      const page = await browser.open('', { context });
      await waitForMap(page);

      // Search, Enter.
      await ui(page).search.fill(paper.title);
      await ui(page).results.waitFor();
      await ui(page).search.press('Enter');
      await waitForDetails(page, paper.title);
      expect(await selected(page)).toBe(paper.key);
      expect(await unseenNeighbourhood(page), 'after search and Enter').toEqual([]);
      await screenshot(page, `camera-${name}-search`);

      // A related paper in the details.
      const related = ui(page).related.getByRole('listitem').first().getByRole('button').first();
      await related.click();
      await expect.poll(() => selected(page)).not.toBe(paper.key);
      expect(await unseenNeighbourhood(page), 'after a related paper').toEqual([]);

      // A paper clicked on the map: one that is not a neighbour of the current one.
      const current = (await selected(page))!;
      const near = new Set([current, ...g.neighbours(current).map((n) => n.key)]);
      const [target] = await pointableNodes(
        page,
        g.papers.map((p) => p.key).filter((k) => !near.has(k)),
      );
      expect(target, 'a paper on the map to click').toBeDefined();
      if (name === 'phone') await page.touchscreen.tap(target!.at.x, target!.at.y);
      else await page.mouse.click(target!.at.x, target!.at.y);
      await expect.poll(() => selected(page)).toBe(target!.key);
      expect(await unseenNeighbourhood(page), 'after a click on the map').toEqual([]);
      await screenshot(page, `camera-${name}-click`);

      // A paper chosen in the list, then back to the map.
      await ui(page).search.fill('');
      await openListView(page);
      const other = g.papers.find((p) => p.key !== target!.key && !near.has(p.key))!;
      await ui(page)
        .paperList.getByRole('button', { name: other.title, exact: true })
        .first()
        .click();
      await expect.poll(() => selected(page)).toBe(other.key);
      await ui(page).mapButton.click();
      expect(await unseenNeighbourhood(page), 'after a choice in the list').toEqual([]);
    });

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
