// The embed's details card (EmbedDetails): compact, folding to a one-line bar and scrolling when
// open, and never over the selected paper and its neighbours, whether the reader chose the paper
// (the camera fits them beside or above the card) or a tour step did (the view's camera is
// kept as saved, and the card starts folded).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphFile } from '../../src/core/graph-file.ts';
import { describeInBrowser, servedDir, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { cameraAtRest, pointableNodes, unseenNodes } from './support/map.ts';
import { screenshot } from './support/screenshots.ts';
import { waitForMap } from './support/ui.ts';

const SIZES = [
  { name: 'wide', viewport: { width: 700, height: 450 } },
  { name: 'phone', viewport: { width: 375, height: 700 } },
];

const card = (page: Page) => page.getByRole('complementary', { name: 'Paper details' });
const state = (page: Page) => page.evaluate(() => window.__papermap!.state());

/** The paper and its neighbours that the reader cannot see, once the camera rests. */
async function unseenNeighbourhood(page: Page, key: string): Promise<string[]> {
  const keys = [
    key,
    ...servedGraph()
      .neighbours(key)
      .map((n) => n.key),
  ];
  await cameraAtRest(page, keys);
  return unseenNodes(page, keys);
}

/** Which of the papers' dots (with a few pixels around) the details card covers. */
const underCard = (page: Page, keys: string[]) =>
  page.evaluate((keys) => {
    const r = document.querySelector('aside[aria-label="Paper details"]')!.getBoundingClientRect();
    return keys.filter((k) => {
      const p = window.__papermap!.nodeViewportPosition(k);
      return !!p && p.x > r.left - 4 && p.x < r.right + 4 && p.y > r.top - 4 && p.y < r.bottom + 4;
    });
  }, keys);

const box = async (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });

describeInBrowser('the embed’s details card', () => {
  const browser = useBrowser();

  for (const size of SIZES)
    it(`${size.name} (${size.viewport.width}×${size.viewport.height}): a chosen paper and its neighbours stay in sight; the card folds and scrolls`, async () => {
      const g = servedGraph();
      const page = await browser.open('?embed=1', { context: { viewport: size.viewport } });
      await waitForMap(page);
      const [node] = await pointableNodes(
        page,
        g.papers.map((p) => p.key),
      );
      expect(node, 'a paper to click').toBeDefined();
      await page.mouse.click(node!.at.x, node!.at.y);
      const title = card(page).getByRole('heading', { level: 2 });
      await expect.poll(() => title.innerText()).toBe(g.byKey(node!.key).title);
      expect(await unseenNeighbourhood(page, node!.key), 'covered by the card').toEqual([]);
      await screenshot(page, `embed-details-${size.name}`);

      // The open card stays inside the map, and every related paper can be scrolled to.
      const stage = await box(page, 'main');
      const open = await box(page, 'aside[aria-label="Paper details"]');
      expect(open.top).toBeGreaterThanOrEqual(stage.top);
      expect(open.bottom).toBeLessThanOrEqual(Math.min(stage.bottom, size.viewport.height));
      const related = card(page).getByRole('list', { name: 'Related papers' }).getByRole('button');
      expect(await related.count()).toBeGreaterThan(0);
      for (const item of await related.all()) {
        await item.scrollIntoViewIfNeeded();
        const b = (await item.boundingBox())!;
        expect(b.y, 'a related paper inside the card').toBeGreaterThanOrEqual(open.top - 0.5);
        expect(b.y + b.height, 'a related paper inside the card').toBeLessThanOrEqual(
          open.bottom + 0.5,
        );
      }

      // Folded, it is one line: the title, which folds and unfolds it.
      await title.click();
      await expect.poll(() => related.count()).toBe(0);
      const folded = await box(page, 'aside[aria-label="Paper details"]');
      expect(folded.bottom - folded.top, 'a one-line bar').toBeLessThanOrEqual(44);
      expect(await title.innerText()).toBe(g.byKey(node!.key).title);
      await title.click();
      await expect.poll(() => related.count()).toBeGreaterThan(0);
    });

  it('in a tour step the view’s camera is kept and the card keeps off the paper and its neighbours', async () => {
    const g = servedGraph();
    // The paper whose neighbours spread the widest, with the camera an author saved for it in
    // the full app.
    const spread = (key: string) => {
      const at = (k: string) => g.byKey(k);
      const nodes = g.graph.nodes;
      const ps = [key, ...g.neighbours(key).map((n) => n.key)].map(
        (k) => nodes.find((n) => n.key === at(k).key)!.attributes,
      );
      const xs = ps.map((p) => p.x);
      const ys = ps.map((p) => p.y);
      return Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys);
    };
    const paper = [...g.papers].sort((a, b) => spread(b.key) - spread(a.key))[0]!;
    const author = await browser.open('');
    await waitForMap(author);
    await author.evaluate((k) => window.__papermap!.selectNode(k), paper.key);
    await unseenNeighbourhood(author, paper.key);
    await expect.poll(async () => (await state(author)).camera).not.toBeNull();
    const cam = (await state(author)).camera!;
    const file: GraphFile = {
      ...g.graph,
      attributes: {
        ...g.graph.attributes,
        views: [
          {
            id: 'paper',
            caption: 'One paper and its neighbours',
            state: { paper: paper.key, hide: [], kw: [], q: '', cam },
          },
        ],
      },
    };
    await writeFile(join(servedDir(), 'tour-card.json'), JSON.stringify(file));

    for (const size of SIZES) {
      const page = await browser.open('?data=tour-card.json&embed=1', {
        context: { viewport: size.viewport },
      });
      await waitForMap(page);
      await card(page).getByRole('heading', { level: 2 }).waitFor();
      expect((await state(page)).selected).toBe(paper.key);
      // Folded, at first.
      expect(
        await card(page).getByRole('list', { name: 'Related papers' }).count(),
        `${size.name}: folded`,
      ).toBe(0);
      // The saved camera was made for another screen: the paper and its neighbours are in
      // sight and the card covers none of them, the camera shifted if need be.
      const keys = [paper.key, ...g.neighbours(paper.key).map((n) => n.key)];
      await cameraAtRest(page, keys);
      expect(await unseenNodes(page, [paper.key]), `${size.name}: the paper`).toEqual([]);
      expect(await underCard(page, keys), `${size.name}: under the card`).toEqual([]);
      // The view's zoom as saved; its centre shifted at most by what brings them out from
      // under the card (here, a few dozen pixels).
      const shown = (await state(page)).camera!;
      expect(shown.ratio, 'the view’s zoom, as saved').toBe(cam.ratio);
      expect(Math.hypot(shown.x - cam.x, shown.y - cam.y), 'the view’s centre').toBeLessThan(
        cam.ratio * 0.3,
      );
      await screenshot(page, `embed-details-tour-${size.name}`);
    }
  });
});
