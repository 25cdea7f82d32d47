// Text from a graph file is data, never markup: titles, abstracts, authors, keyphrases, cluster
// labels and shared terms holding HTML/script payloads show as literal text and run nothing.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { FIXTURES, PAYLOADS } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { stableNodePosition } from './support/map.ts';
import { openListView, startsWith, ui, waitForDetails, waitForMap } from './support/ui.ts';

const recordDialogs = (dialogs: string[]) => (page: Page) =>
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], [onmouseover]')
        .length,
  );
  expect(injected, 'elements with event-handler attributes from the data').toBe(0);
  const jsLinks = await page.evaluate(
    () =>
      [...document.querySelectorAll('a[href]')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
  );
  expect(jsLinks, 'javascript: links').toBe(0);
}

async function expectSafeExternalLinks(page: Page) {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter((a) => (a as HTMLAnchorElement).origin !== location.origin)
      .map((a) => ({
        href: a.getAttribute('href'),
        rel: (a.getAttribute('rel') ?? '').split(/\s+/),
      })),
  );
  for (const link of links) {
    expect(link.rel, `rel of ${link.href}`).toContain('noopener');
    expect(link.rel, `rel of ${link.href}`).toContain('noreferrer');
  }
  return links.length;
}

describeInBrowser('safety', () => {
  const browser = useBrowser();

  it('has a Content-Security-Policy that forbids inline and eval’d scripts', async () => {
    const page = await browser.open();
    await waitForMap(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy" i]')
      .getAttribute('content');
    expect(policy).toBeTruthy();
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name.toLowerCase(), values]),
    );
    const scripts = directives.get('script-src') ?? directives.get('default-src');
    expect(scripts, 'script-src or default-src').toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it('shows payloads in papers as text when a reader searches, opens and hovers them', async () => {
    const g = servedGraph(FIXTURES.xss);
    const dialogs: string[] = [];
    const page = await browser.open(`?data=${FIXTURES.xss}`, {
      beforeLoad: recordDialogs(dialogs),
    });
    await waitForMap(page);
    const { search, results, details } = ui(page);

    for (const [query, key] of [
      ['onerror', 'xss-img'],
      ['script', 'xss-script'],
      ['svg onload', 'xss-svg'],
      ['structured', 'xss-alert'],
    ]) {
      const paper = g.graph.nodes.find((n) => n.key === key)!.attributes;
      await search.fill(query);
      const option = results.getByRole('option', { name: startsWith(paper.title) });
      await option.waitFor();
      expect((await option.innerText()).replace(/\s+/g, ' ')).toContain(paper.title);
      await option.click();
      await waitForDetails(page, paper.title);
      const text = (await details.innerText()).replace(/\s+/g, ' ');
      for (const author of paper.authors) expect(text).toContain(author);
      expect(text).toContain(paper.abstract.slice(0, 160));
      await expectNothingRan(page, dialogs);
    }

    for (const { key } of g.papers) {
      const at = await stableNodePosition(page, key);
      await page.mouse.move(at.x, at.y);
      await page.evaluate((k) => window.__papermap?.hoverNode(k), key);
    }
    await expectNothingRan(page, dialogs);
    // The last paper opened has a URL and a link in its abstract.
    expect(await expectSafeExternalLinks(page)).toBeGreaterThan(0);
  });

  it('shows payloads in keyphrases, cluster labels, shared terms and links of a hostile file as text', async () => {
    const g = servedGraph(FIXTURES.xssRaw);
    const dialogs: string[] = [];
    const page = await browser.open(`?data=${FIXTURES.xssRaw}`, {
      beforeLoad: recordDialogs(dialogs),
    });
    await waitForMap(page);

    const legend = (await ui(page).legend.innerText()).replace(/\s+/g, ' ');
    for (const c of g.graph.attributes.clusters) expect(legend).toContain(c.label);

    for (const paper of g.papers) {
      await page.evaluate((k) => window.__papermap?.selectNode(k), paper.key);
      await waitForDetails(page, paper.title);
      const chips = await ui(page).keyphrases.getByRole('button').allInnerTexts();
      expect(chips.map((c) => c.trim())).toContain(paper.keywords[0]);
      const related = (await ui(page).related.innerText()).replace(/\s+/g, ' ');
      const shared = g.neighbours(paper.key).map((n) => n.shared[0]);
      expect(shared.some((s) => related.includes(s))).toBe(true);
      await expectSafeExternalLinks(page);
      await expectNothingRan(page, dialogs);
    }

    await ui(page).keyphraseFilter.fill('<img');
    await page
      .getByRole('option', { name: startsWith(PAYLOADS[0]) })
      .first()
      .waitFor();
    await ui(page).keyphraseFilter.fill('');
    await openListView(page);
    const list = (await ui(page).paperList.innerText()).replace(/\s+/g, ' ');
    for (const c of g.graph.attributes.clusters) expect(list).toContain(c.label);
    await expectNothingRan(page, dialogs);
  });

  it('opens external links with rel="noopener noreferrer"', async () => {
    const g = servedGraph();
    const withLinks = g.graph.nodes.find((n) => n.attributes.url || n.attributes.links.length);
    expect(withLinks, 'a paper with links in the default map').toBeDefined();
    const page = await browser.open();
    await waitForMap(page);
    await ui(page).search.fill(withLinks!.attributes.title);
    await ui(page)
      .results.getByRole('option', { name: startsWith(withLinks!.attributes.title) })
      .click();
    await waitForDetails(page, withLinks!.attributes.title);
    expect(await expectSafeExternalLinks(page)).toBeGreaterThan(0);
  });
});
