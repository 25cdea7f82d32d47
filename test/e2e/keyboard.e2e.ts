// A reader who uses only the keyboard: the list view, visible focus, and the search shortcut.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Point } from './support/map.ts';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { screenshot } from './support/screenshots.ts';
import { listedTitles, namesOf, ui, waitForDetails, waitForMap } from './support/ui.ts';

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

  it('the list is one tab stop with arrows, Home/End and type-ahead; a chosen paper takes focus to its details', async () => {
    const g = servedGraph();
    const page = await browser.open('?view=list');
    await waitForMap(page);
    const { paperList, details, detailsTitle } = ui(page);
    const papers = paperList.getByRole('button');
    /** The title of the focused paper in the list, or null when focus is elsewhere. */
    const focusedPaper = async () => {
      if ((await paperList.locator('*:focus').count()) === 0) return null;
      const text = (await focusedName(page)).trim();
      return g.titles.filter((t) => text.startsWith(t)).sort((a, b) => b.length - a.length)[0];
    };
    const listed = await listedTitles(page, g.titles);

    // The first Tab reaches a skip link, shown while focused.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^Skip to (map|paper list)$/u);
    const box = await page.locator('*:focus').boundingBox();
    expect(box && box.width > 10 && box.height > 10 && box.y >= 0, 'skip link visible').toBe(true);
    await screenshot(page, 'list-skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(focusedPaper, { message: 'the skip link leads to the list' }).toBe(listed[0]);

    // One tab stop: the papers are not each in the Tab order.
    const tabStops = await papers.evaluateAll((els) => els.filter((e) => e.tabIndex >= 0).length);
    expect(tabStops).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await focusedPaper()).toBe(listed[1]);
    await page.keyboard.press('End');
    expect(await focusedPaper()).toBe(listed.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedPaper()).toBe(listed[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedPaper(), 'Up at the top stays').toBe(listed[0]);

    // Type-ahead: the first letters of a title (a prefix no other title has).
    const prefixOf = (t: string) => t.slice(0, 6).toLowerCase();
    const target = listed.find(
      (t, i) => i > 2 && listed.filter((o) => prefixOf(o) === prefixOf(t)).length === 1,
    )!;
    await page.keyboard.type(target.slice(0, 6));
    expect(await focusedPaper(), `typed "${target.slice(0, 6)}"`).toBe(target);

    // Enter: the details open, focus goes to their title, and the choice is announced.
    await page.keyboard.press('Enter');
    await waitForDetails(page, target);
    await expect.poll(() => detailsTitle.evaluate((h) => h === document.activeElement)).toBe(true);
    const announced = page.locator('[aria-live="polite"], [role="status"]').filter({
      hasText: target,
    });
    expect(await announced.count(), 'the choice is announced').toBeGreaterThan(0);

    // Escape closes the details and gives focus back to the paper.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await focusedPaper()).toBe(target);

    // From the chosen paper, a few Tabs reach its details.
    await page.keyboard.press('Enter');
    await waitForDetails(page, target);
    await papers.filter({ hasText: target }).first().focus();
    let presses = 0;
    while ((await details.locator('*:focus').count()) === 0 && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses, 'Tab presses from the chosen paper to its details').toBeLessThanOrEqual(5);

    // Escape from the list closes the details too.
    await papers.filter({ hasText: target }).first().focus();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    // "/" is still the way to the search, not a letter of a title.
    await page.keyboard.press('/');
    await expect
      .poll(() => ui(page).search.evaluate((el) => el === document.activeElement))
      .toBe(true);
  });

  it('on the map, focus rings and announces a paper; arrows move it, Enter opens it, Escape closes', async () => {
    const g = servedGraph();
    const page = await browser.open();
    await waitForMap(page);
    const { map, details } = ui(page);

    // The skip link leads to the map; focus lands on the paper nearest the middle of the view.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to map');
    await page.keyboard.press('Enter');
    await expect.poll(() => map.evaluate((el) => el === document.activeElement)).toBe(true);
    const live = page.locator('[aria-live="polite"]').filter({ hasText: / related papers?$/u });
    /** The paper the live region announces ("<title>, cluster <label>, n related papers"). */
    const announced = async () => {
      const text = (await live.textContent()) ?? '';
      return g.papers
        .filter((p) => text.startsWith(`${p.title}, cluster ${g.clusterOf(p.key).label}, `))
        .sort((a, b) => b.title.length - a.title.length)[0]?.key;
    };
    await expect.poll(announced, { message: 'a focused paper is announced' }).toBeDefined();
    const first = (await announced())!;
    const positions = await page.evaluate(
      (keys) => keys.map((k) => ({ key: k, at: window.__papermap!.nodeViewportPosition(k)! })),
      g.papers.map((p) => p.key),
    );
    const box = (await map.boundingBox())!;
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const distance = (k: string) => {
      const { at } = positions.find((p) => p.key === k)!;
      return Math.hypot(at.x - middle.x, at.y - middle.y);
    };
    const nearest = Math.min(...positions.map((p) => distance(p.key)));
    expect(distance(first), 'the paper nearest the middle').toBeCloseTo(nearest, 0);
    expect(g.byKey(first).title.length).toBeGreaterThan(0);

    // Visibly ringed: the focus colour around the paper on sigma's hover layer.
    const ringPixels = (key: string) =>
      page.evaluate((k) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-hovers')!;
        const at = window.__papermap!.nodeViewportPosition(k)!;
        const rect = canvas.getBoundingClientRect();
        const scale = canvas.width / rect.width;
        const r = Math.round(24 * scale);
        const cx = Math.round((at.x - rect.left) * scale);
        const cy = Math.round((at.y - rect.top) * scale);
        const data = canvas.getContext('2d')!.getImageData(cx - r, cy - r, 2 * r, 2 * r).data;
        const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus');
        const [fr, fg, fb] = [1, 3, 5].map((i) => parseInt(focus.trim().slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i]! - fr!) + Math.abs(data[i + 1]! - fg!) + Math.abs(data[i + 2]! - fb!) <
            40
          )
            n++;
        return n;
      }, key);
    await expect
      .poll(() => ringPixels(first), { message: 'a ring around the focused paper' })
      .toBeGreaterThan(20);

    // Arrows move the focus to a paper in that direction.
    const where = (key: string) => positions.find((p) => p.key === key)!.at;
    let current = first;
    for (const [arrow, ahead] of [
      ['ArrowRight', (a: Point, b: Point) => b.x > a.x],
      ['ArrowDown', (a: Point, b: Point) => b.y > a.y],
      ['ArrowLeft', (a: Point, b: Point) => b.x < a.x],
      ['ArrowUp', (a: Point, b: Point) => b.y < a.y],
    ] as const) {
      await page.keyboard.press(arrow);
      await expect.poll(announced, { message: `${arrow} moves the focus` }).not.toBe(current);
      const next = (await announced())!;
      expect(ahead(where(current), where(next)), `${arrow}: the next paper lies that way`).toBe(
        true,
      );
      current = next;
    }
    await expect.poll(() => ringPixels(current)).toBeGreaterThan(20);
    await screenshot(page, 'map-keyboard-focus');

    // Enter opens the focused paper; the map keeps focus; Escape closes the details.
    await page.keyboard.press('Enter');
    await waitForDetails(page, g.byKey(current).title);
    expect(await map.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    // Space selects too.
    await page.keyboard.press(' ');
    await waitForDetails(page, g.byKey(current).title);
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
