// A reader whose browser has no WebGL: a message says so and the list view shows every paper.
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { screenshot } from './support/screenshots.ts';
import { listedTitles, ui } from './support/ui.ts';

describeInBrowser('without WebGL', () => {
  const browser = useBrowser(['--disable-webgl', '--disable-3d-apis']);

  it('says WebGL is unavailable and lists all papers', async () => {
    const g = servedGraph();
    const page = await browser.open();
    const hasWebGL = await page.evaluate(() => {
      const c = document.createElement('canvas');
      return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
    });
    expect(hasWebGL, 'this browser really has no WebGL').toBe(false);

    await page.getByText(/WebGL/).first().waitFor();
    const message = (await page.getByText(/WebGL/).allInnerTexts()).join(' ');
    expect(message).toMatch(/unavailable|not available|isn.t available|not supported|disabled/i);
    expect(await page.locator('html').getAttribute('data-error')).not.toBe('true');

    await ui(page).paperList.waitFor();
    await expect.poll(async () => (await listedTitles(page, g.titles)).length).toBe(47);
    await screenshot(page, 'no-webgl');
  });
});
