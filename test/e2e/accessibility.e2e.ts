// What assistive technology hears: accessible names that say one thing each (a paper's title,
// a control's action) with counts and reasons as descriptions.
import { expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { join } from 'node:path';
import { axeViolations } from './support/axe.ts';
import { repoRoot } from './support/site.ts';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { legendCluster, openListView, ui, waitForDetails, waitForMap } from './support/ui.ts';

/** The roles whose names the reader hears as labels, with their names, from the ARIA snapshot. */
async function namedItems(where: Locator): Promise<{ role: string; name: string }[]> {
  const snapshot = await where.ariaSnapshot();
  return [...snapshot.matchAll(/^\s*- '?([a-z]+) "((?:[^"\\]|\\.)*)"/gmu)].map((m) => ({
    role: m[1]!,
    name: m[2]!.replace(/\\"/gu, '"'),
  }));
}

/** The text of the elements that describe `el` (aria-describedby), joined. */
const description = (el: Locator) =>
  el.evaluate((e) =>
    (e.getAttribute('aria-describedby') ?? '')
      .split(/\s+/u)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );

describeInBrowser('accessible names', () => {
  const browser = useBrowser();

  it('a related paper is named by its title, with the shared terms as its description', async () => {
    const g = servedGraph();
    // The paper with the most related papers: each of them is a button in the details.
    const degree = (key: string) => g.neighbours(key).length;
    const paper = [...g.papers].sort((a, b) => degree(b.key) - degree(a.key))[0]!;
    const page = await browser.open(`?paper=${encodeURIComponent(paper.key)}`);
    await waitForMap(page);
    await waitForDetails(page, paper.title);

    expect(await page.getByRole('button', { name: 'Share', exact: true }).count()).toBe(1);
    const titles = g.titles.filter((t) => /share/iu.test(t));
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(1 + titles.length);

    const neighbours = g.neighbours(paper.key);
    const buttons = ui(page).related.getByRole('button');
    expect(await buttons.count()).toBe(neighbours.length);
    for (const n of neighbours) {
      const title = g.byKey(n.key).title;
      const button = ui(page).related.getByRole('button', { name: title, exact: true });
      expect(await button.count(), `related paper named "${title}"`).toBe(1);
      const why = await description(button);
      for (const term of n.shared) expect(why, `why "${title}" is related`).toContain(term);
    }

    const names = await namedItems(page.locator('body'));
    const stray = names.filter(({ name }) => / ,|^[\s,:;·]|[\s,:;·]$/u.test(name));
    expect(stray, 'names with stray punctuation').toEqual([]);
  });

  it('legend toggles say what they do; counts are descriptions, not extra text', async () => {
    const g = servedGraph();
    const page = await browser.open();
    await waitForMap(page);
    for (const c of g.graph.attributes.clusters) {
      const toggle = legendCluster(page, c.label).toggle;
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await description(toggle)).toBe(`${c.size} papers`);
    }
    // The description is not read a second time as loose text after the button.
    const loose = (await ui(page).legend.ariaSnapshot())
      .split('\n')
      .filter((l) => /^\s*- text: .*\bpapers?\b/u.test(l));
    expect(loose, 'counts read as text in the legend').toEqual([]);
  });

  it('counts read as papers: keyphrase suggestions and the list headings', async () => {
    const page = await browser.open();
    await waitForMap(page);
    await ui(page).keyphraseFilter.fill('sparse');
    const options = page
      .getByRole('listbox', { name: 'Keyphrase suggestions' })
      .getByRole('option');
    await options.first().waitFor();
    const suggested = (
      await namedItems(page.getByRole('listbox', { name: 'Keyphrase suggestions' }))
    ).filter((x) => x.role === 'option');
    expect(suggested.length).toBeGreaterThan(0);
    for (const { name } of suggested) expect(name).toMatch(/^\S.* \d+ papers?$/u);

    await openListView(page);
    const headings = (await namedItems(ui(page).paperList)).filter((x) => x.role === 'heading');
    expect(headings.length).toBeGreaterThan(0);
    for (const { name } of headings) expect(name).toMatch(/^\S.* \d+ papers?$/u);
  });
});

describeInBrowser('accessibility audit (axe-core)', () => {
  const browser = useBrowser();
  const paper = () => {
    const g = servedGraph();
    return g.papers.find((p) => g.neighbours(p.key).length > 0)!;
  };

  it('the map: no serious or critical violations', async () => {
    const page = await browser.open();
    await waitForMap(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the list view, with a paper chosen: no serious or critical violations', async () => {
    const p = paper();
    const page = await browser.open(`?view=list&paper=${encodeURIComponent(p.key)}`);
    await waitForMap(page);
    await waitForDetails(page, p.title);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('paper details, and keyphrase suggestions open: no serious or critical violations', async () => {
    const p = paper();
    const page = await browser.open(`?paper=${encodeURIComponent(p.key)}`);
    await waitForMap(page);
    await waitForDetails(page, p.title);
    await ui(page).keyphraseFilter.fill('sparse');
    await page.getByRole('listbox', { name: 'Keyphrase suggestions' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the Share dialog: no serious or critical violations', async () => {
    const page = await browser.open();
    await waitForMap(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Make a map, with files chosen and with a report of skipped records: no serious or critical violations', async () => {
    const page = await browser.open('?make=1');
    const chooser = page.getByLabel('Choose paper files');
    await chooser.waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await chooser.setInputFiles([
      join(repoRoot, 'test/fixtures/cli/reading-list.bib'),
      join(repoRoot, 'test/fixtures/cli/reading-list.csv'),
    ]);
    await page.getByRole('button', { name: 'Make the map' }).click();
    await page.getByRole('button', { name: /^Open the map/u }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the embed, with a paper open, in the dark theme too: no serious or critical violations', async () => {
    const p = paper();
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open(`?embed=1&paper=${encodeURIComponent(p.key)}`, {
        context: { colorScheme },
      });
      await waitForMap(page);
      await page.getByText('Legend', { exact: true }).click();
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
