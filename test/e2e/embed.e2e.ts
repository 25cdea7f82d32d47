// The map in an iframe on someone else's page (?embed=1): it renders, the wheel scrolls the host
// page until the reader uses the map, and "Open full map" carries the view.
import { expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { EMBED_HOST, STRICT_SANDBOX_HOST } from './support/embed-host.ts';
import { servedGraph } from './support/graph.ts';

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(`iframe#${id}`)).contentFrame();
  if (!frame) throw new Error(`no frame in iframe#${id}`);
  await frame.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  return frame;
}

const camera = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as PapermapWindow).__papermap.state().camera);

interface PapermapWindow {
  __papermap: {
    state(): { camera: unknown; selected: string | null };
    selectNode(k: string): void;
  };
}

describeInBrowser('the embedded map', () => {
  const browser = useBrowser();

  it('lets the wheel scroll the host page until the reader uses the map', async () => {
    const page = await browser.open(EMBED_HOST);
    const frame = await frameOf(page, 'wide');
    expect(await frame.locator('html').evaluate((el) => el.classList.contains('embed'))).toBe(true);
    expect(await frame.locator('.map[role="application"] canvas').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

    const box = (await page.locator('iframe#wide').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await camera(frame)).toBeNull();

    // Once the reader has focused the map, the wheel zooms it and the page stays put.
    await frame.locator('.map[role="application"]').focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    const now = (await page.locator('iframe#wide').boundingBox())!;
    await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => camera(frame)).not.toBeNull();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  it('shows a selected paper and links to the full map with the same view', async () => {
    const { papers } = servedGraph();
    const paper = papers[5]!;
    const page = await browser.open(EMBED_HOST);
    const frame = await frameOf(page, 'wide');
    const historyLength = await page.evaluate(() => history.length);
    await frame.evaluate(
      (key) => (window as unknown as PapermapWindow).__papermap.selectNode(key),
      paper.key,
    );
    const card = frame.getByRole('complementary', { name: 'Paper details' });
    await expect.poll(() => card.getByRole('heading', { level: 2 }).innerText()).toBe(paper.title);

    const link = frame.getByRole('link', { name: /Open full map/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const href = new URL((await link.getAttribute('href'))!, frame.url());
    expect(href.searchParams.get('paper')).toBe(paper.key);
    expect(href.searchParams.has('embed')).toBe(false);
    // The host page's history is untouched: the frame replaces its URL, never pushes.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // The phone-width frame fits without scrolling sideways.
    const narrow = await frameOf(page, 'narrow');
    const overflow = await narrow.evaluate(() => ({
      x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    // ...and its "Open full map" link is inside the frame, not cut off.
    const right = await narrow
      .getByRole('link', { name: /Open full map/ })
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(320);
  });

  it('needs allow-same-origin to load from a server; the single file needs nothing', async () => {
    const failed: string[] = [];
    const page = await browser.open(STRICT_SANDBOX_HOST, {
      allowErrors: [/CORS policy|ERR_FAILED/],
      beforeLoad: (p) => p.on('requestfailed', (r) => failed.push(r.url())),
    });
    // With an opaque origin the app's own script is a CORS request the server does not allow.
    await expect.poll(() => failed.some((u) => /\/assets\/.*\.js$/.test(u))).toBe(true);
    const strict = (await (await page.waitForSelector('iframe#strict')).contentFrame())!;
    expect(await strict.locator('html').getAttribute('data-ready')).toBeNull();
    // The single-file export carries everything inline and renders in the same sandbox.
    const single = await frameOf(page, 'single');
    expect(await single.locator('html').evaluate((el) => el.classList.contains('embed'))).toBe(
      true,
    );
  });
});
