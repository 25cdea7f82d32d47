// Time on the map (issue 9): a reader colours the map by year or venue, narrows it to a range of
// years with the histogram's handles (keyboard and pointer), sizes papers by citations, shares
// the view as a URL, and an embedded guided view steps to "since 2023". The map is built by the
// CLI from a BibTeX file with years, venues and citation counts (FIXTURES.time).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { FIXTURES, PAYLOADS } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { keepImage, screenshot } from './support/screenshots.ts';
import { legendCount, listedTitles, openListView, ui, waitForMap } from './support/ui.ts';

const OPEN = `?data=${FIXTURES.time}`;

function timeMap() {
  const g = servedGraph(FIXTURES.time);
  const years = g.graph.nodes.map((n) => n.attributes.year);
  const known = years.filter((y): y is number => y !== null);
  const inRange = (from: number, to: number) =>
    g.graph.nodes.filter(
      (n) => n.attributes.year !== null && n.attributes.year >= from && n.attributes.year <= to,
    );
  return {
    ...g,
    first: Math.min(...known),
    last: Math.max(...known),
    noYear: years.length - known.length,
    inRange,
  };
}

const controls = (page: Page) => {
  const style = page.getByRole('region', { name: 'Colour and size', exact: true });
  const years = page.getByRole('region', { name: 'Years', exact: true });
  return {
    colorBy: style.getByRole('combobox', { name: 'Colour by', exact: true }),
    sizeBy: style.getByRole('combobox', { name: 'Size by', exact: true }),
    legend: (by: string) => page.getByRole('group', { name: `Colour legend: ${by}`, exact: true }),
    years,
    from: years.getByRole('slider', { name: /^From/ }),
    to: years.getByRole('slider', { name: /^To/ }),
    count: years.getByTestId('years-count'),
  };
};

const state = (page: Page) => page.evaluate(() => window.__papermap!.state());
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The papers the map draws, by the debug hook (a hidden paper has no position). */
const drawnKeys = (page: Page, keys: string[]) =>
  page.evaluate(
    (ks) => ks.filter((k) => window.__papermap!.nodeViewportPosition(k) !== null),
    keys,
  );

describeInBrowser('time on the map', () => {
  const browser = useBrowser();

  it('colour by year shows the scale with its range, and the papers without a year in grey', async () => {
    const m = timeMap();
    const page = await browser.open(OPEN);
    await waitForMap(page);
    const c = controls(page);
    await c.colorBy.selectOption('year');
    await expect.poll(() => param(page, 'color')).toBe('year');
    const legend = c.legend('year');
    await legend.waitFor();
    expect((await legend.innerText()).replace(/\s+/g, ' ')).toContain(`${m.first} to ${m.last}`);
    expect(
      (await legend.getByTestId('legend-missing').innerText()).replace(/\s+/g, ' ').trim(),
    ).toBe(`No year ${m.noYear} papers`);
    // The map's colours follow: an old and a new paper differ, a paper without a year is grey.
    const key = (year: number | null) => m.graph.nodes.find((n) => n.attributes.year === year)!.key;
    const colors = await page.evaluate(
      (ks) => ks.map((k) => window.__papermap!.nodeColor(k)),
      [key(m.first), key(m.last), key(null)],
    );
    expect(colors[0]).not.toBe(colors[1]);
    expect(colors[2]).toBe('#b3b8bf');
    // Region titles are no longer in cluster colours: they would read as years.
    const titleColors = await page
      .locator('.regions .region[data-shown]')
      .evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).color))]);
    expect(titleColors).toHaveLength(1);
    await screenshot(page, 'time-color-year-1280x800-light');

    await c.colorBy.selectOption('venue');
    const venues = c.legend('venue');
    await venues.waitFor();
    const rows = await venues.getByRole('listitem').allInnerTexts();
    // Eight venues of their own, "Other venues", "No venue"; counts add up to every paper.
    expect(rows).toHaveLength(10);
    expect(rows[8]).toMatch(/^Other venues/);
    const total = rows.reduce((s, r) => s + Number(/(\d+)\s*papers?\s*$/.exec(r)![1]), 0);
    expect(total).toBe(m.graph.nodes.length);
  });

  it('the year range hides papers outside it; the map, the legend and the list agree', async () => {
    const m = timeMap();
    const keys = m.graph.nodes.map((n) => n.key);
    const page = await browser.open(OPEN);
    await waitForMap(page);
    const c = controls(page);
    const withYear = m.graph.nodes.length - m.noYear;
    await expect.poll(() => c.count.innerText()).toBe(`${withYear} of ${withYear} papers`);

    // The keyboard: From up three years, To down one.
    await c.from.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await c.to.focus();
    await page.keyboard.press('ArrowLeft');
    const [from, to] = [m.first + 3, m.last - 1];
    await expect.poll(() => param(page, 'years')).toBe(`${from}-${to}`);
    const expected = m.inRange(from, to);
    await expect
      .poll(() => c.count.innerText())
      .toBe(`${expected.length} of ${withYear} papers in ${from}–${to}`);
    // The map draws just those papers.
    await expect
      .poll(async () => (await drawnKeys(page, keys)).sort())
      .toEqual(expected.map((n) => n.key).sort());
    // The legend counts them.
    let sum = 0;
    for (const cl of m.graph.attributes.clusters) sum += await legendCount(page, cl.label);
    expect(sum).toBe(expected.length);
    // The list lists them.
    await openListView(page);
    await expect
      .poll(async () => (await listedTitles(page, m.titles)).sort())
      .toEqual(expected.map((n) => n.attributes.title).sort());
    await ui(page).mapButton.click();

    // The pointer: drag To's handle to its left end; the range becomes From's year alone.
    const box = (await c.to.boundingBox())!;
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'years')).toBe(`${from}-${from}`);
    await expect
      .poll(() => c.count.innerText())
      .toBe(`${m.inRange(from, from).length} of ${withYear} papers in ${from}–${from}`);

    await c.years.getByRole('button', { name: 'All years', exact: true }).click();
    await expect.poll(() => param(page, 'years')).toBeNull();
    expect((await drawnKeys(page, keys)).length).toBe(keys.length);
  });

  it('a URL with color, size and years reopens the same view, in the dark theme too', async () => {
    const m = timeMap();
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open(`${OPEN}&color=year&size=citations&years=2019-2022`, {
        context: { colorScheme },
      });
      await waitForMap(page);
      expect(await state(page)).toMatchObject({
        color: 'year',
        size: 'citations',
        years: { from: 2019, to: 2022 },
      });
      const c = controls(page);
      await expect.poll(() => c.colorBy.inputValue()).toBe('year');
      expect(await c.sizeBy.inputValue()).toBe('citations');
      await c.legend('year').waitFor();
      await expect.poll(() => c.count.innerText()).toContain(`${m.inRange(2019, 2022).length} of`);
      await screenshot(page, `time-url-1280x800-${colorScheme}`);
      // The new controls and legend: labelled, and readable (contrast) in both themes.
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  it('the Share PNG shows the year legend', async () => {
    const page = await browser.open(`${OPEN}&color=year`);
    await waitForMap(page);
    await controls(page).legend('year').waitFor();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    const png = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download a PNG of this view' }).click();
    const bytes = await readFile(await (await png).path());
    keepImage(bytes, 'time-png-export');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('on a phone, the controls sit in the filters, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open(`${OPEN}&color=year&years=2018-2023`, {
        context: { colorScheme, viewport: { width: 375, height: 700 }, isMobile: true },
      });
      await waitForMap(page);
      await screenshot(page, `time-map-375x700-${colorScheme}`);
      await page.getByRole('button', { name: /^Filters/ }).click();
      await controls(page).years.scrollIntoViewIfNeeded();
      await screenshot(page, `time-filters-375x700-${colorScheme}`);
    }
  });

  it('a guided view with a year range works in the embed', async () => {
    const m = timeMap();
    const keys = m.graph.nodes.map((n) => n.key);
    const page = await browser.open(`${OPEN}&embed=1&view=v2`, {
      context: { viewport: { width: 700, height: 450 } },
    });
    await waitForMap(page);
    const tour = page.getByRole('region', { name: 'Guided tour', exact: true });
    await expect.poll(() => tour.locator('.caption').innerText()).toBe('What appeared since 2023');
    expect(await state(page)).toMatchObject({ color: 'year', years: { from: 2023, to: 2024 } });
    const recent = m.inRange(2023, 2024).map((n) => n.key);
    await expect.poll(async () => (await drawnKeys(page, keys)).sort()).toEqual(recent.sort());
    await page.getByText('Legend', { exact: true }).click();
    await controls(page).legend('year').waitFor();
    await screenshot(page, 'time-embed-since-2023-700x450');

    await tour.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect.poll(() => tour.locator('.caption').innerText()).toBe('The whole field, by year');
    await expect.poll(async () => (await drawnKeys(page, keys)).length).toBe(keys.length);
    expect((await state(page)).years).toBeNull();
  });

  it('shows hostile venue names in the venue legend as text', async () => {
    const page = await browser.open(`?data=${FIXTURES.xssRaw}&color=venue`);
    await waitForMap(page);
    const legend = controls(page).legend('venue');
    await legend.waitFor();
    const text = await legend.innerText();
    for (const p of PAYLOADS) expect(text).toContain(p);
    expect(await legend.locator('img, script, svg').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });
});
