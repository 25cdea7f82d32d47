// A reader who uses only the keyboard: the list view, visible focus, and the search shortcut.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { namesOf, ui, waitForDetails, waitForMap } from './support/ui.ts';

/** Presses Tab until `found` holds for the focused element; fails after `limit` presses. */
async function tabTo(
  page: Page,
  what: string,
  found: (page: Page) => Promise<boolean>,
  limit = 150,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await found(page)) return;
  }
  throw new Error(`keyboard: ${limit} presses of Tab never reached ${what}`);
}

const focusedName = async (page: Page) =>
  (await page.locator('*:focus').evaluateAll(namesOf))[0] ?? '';

const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || !el.matches(':focus-visible')) return false;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  });

describeInBrowser('keyboard', () => {
  const browser = useBrowser();

  it('the list view can be reached and used with Tab and Enter, with visible focus', async () => {
    const g = servedGraph();
    const page = await browser.open();
    await waitForMap(page);

    await tabTo(page, 'the "List" button', async (p) => (await focusedName(p)) === 'List');
    expect(await focusIsVisible(page), 'focus ring on the "List" button').toBe(true);
    await page.keyboard.press('Enter');
    await ui(page).paperList.waitFor();

    let title = '';
    await tabTo(page, 'a paper in the list', async (p) => {
      const inList = await ui(p).paperList.locator('*:focus').count();
      title = (await focusedName(p)).trim();
      return inList > 0 && g.titles.some((t) => title.startsWith(t));
    });
    const paper = g.titles
      .filter((t) => title.startsWith(t))
      .sort((a, b) => b.length - a.length)[0];
    expect(await focusIsVisible(page), `focus ring on "${paper}"`).toBe(true);

    await page.keyboard.press('ArrowDown');
    const afterArrow = (await focusedName(page)).trim();
    const next = g.titles
      .filter((t) => afterArrow.startsWith(t))
      .sort((a, b) => b.length - a.length)[0];
    await page.keyboard.press('Enter');
    // Arrow keys may move between papers (a roving focus) or do nothing; Enter opens the focused one.
    await waitForDetails(page, next ?? paper);
  });

  it('"/" focuses the search box and Escape clears it', async () => {
    const page = await browser.open();
    await waitForMap(page);
    const { search, results, map } = ui(page);

    const searchHasFocus = () => search.evaluate((el) => el === document.activeElement);
    await page.keyboard.press('/');
    await expect.poll(searchHasFocus).toBe(true);
    expect(await search.inputValue(), 'the "/" is not typed into the box').toBe('');
    await page.keyboard.type('sparse');
    await results.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => search.inputValue()).toBe('');
    await results.getByRole('option').first().waitFor({ state: 'detached' });

    await map.focus();
    await page.keyboard.press('/');
    await expect.poll(searchHasFocus, { message: '"/" from the focused map' }).toBe(true);
    expect(await search.inputValue()).toBe('');
  });
});
