// A reader narrows the map to one cluster, or to the papers that share a keyphrase.
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import {
  legendCluster,
  legendCount,
  listedTitles,
  openListView,
  showAll,
  startsWith,
  ui,
  waitForDetails,
  waitForMap,
} from './support/ui.ts';

const SAE_PAPER =
  'Towards Principled Evaluations of Sparse Autoencoders for Interpretability and Control';

const sorted = (xs: string[]) => [...xs].sort();

describeInBrowser('filters', () => {
  const browser = useBrowser();

  it('"Show only" a cluster lists just its papers; "Show all" brings back every paper', async () => {
    const g = servedGraph();
    const cluster = g.clusterOf(g.byTitle(SAE_PAPER).key);
    const inCluster = g.papers.filter((p) => p.cluster === cluster.id).map((p) => p.title);
    const page = await browser.open();
    await waitForMap(page);

    await legendCluster(page, cluster.label).only.click();
    await openListView(page);
    await expect
      .poll(async () => sorted(await listedTitles(page, g.titles)))
      .toEqual(sorted(inCluster));
    const headings = await ui(page).paperList.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.map((h) => h.trim())).toEqual([expect.stringContaining(cluster.label)]);
    for (const other of g.graph.attributes.clusters) {
      const pressed = await legendCluster(page, other.label).toggle.getAttribute('aria-pressed');
      expect(pressed, `legend toggle of "${other.label}"`).toBe(String(other.id === cluster.id));
    }

    await showAll(page).click();
    await expect.poll(async () => (await listedTitles(page, g.titles)).length).toBe(47);
    expect(sorted(await listedTitles(page, g.titles))).toEqual(sorted(g.titles));
  });

  it('a keyphrase chip filters to the papers that have that keyphrase; list and legend agree', async () => {
    const g = servedGraph();
    // The keyphrase most papers share (ties: alphabetical), so the filter keeps several papers.
    const df = new Map<string, number>();
    for (const p of g.papers) for (const k of new Set(p.keywords)) df.set(k, (df.get(k) ?? 0) + 1);
    const [keyphrase] = [...df].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const having = g.papers.filter((p) => p.keywords.includes(keyphrase));
    expect(having.length).toBeGreaterThan(1);

    const page = await browser.open();
    await waitForMap(page);
    const { search, results, keyphrases } = ui(page);
    await search.fill(having[0].title);
    await results.getByRole('option', { name: startsWith(having[0].title) }).click();
    await waitForDetails(page, having[0].title);
    await search.fill(''); // the search would narrow the list too
    await keyphrases.getByRole('button', { name: keyphrase, exact: true }).click();
    await ui(page).removeKeyphrase(keyphrase).waitFor();

    await openListView(page);
    const expected = sorted(having.map((p) => p.title));
    await expect.poll(async () => sorted(await listedTitles(page, g.titles))).toEqual(expected);
    for (const cluster of g.graph.attributes.clusters) {
      const n = having.filter((p) => p.cluster === cluster.id).length;
      const label = legendCluster(page, cluster.label);
      if (n === 0 && (await label.toggle.count()) === 0) continue; // an empty cluster may be hidden
      expect(await legendCount(page, cluster.label), `legend count of "${cluster.label}"`).toBe(n);
    }

    await ui(page).removeKeyphrase(keyphrase).click();
    await expect.poll(async () => (await listedTitles(page, g.titles)).length).toBe(47);

    // The same filter chosen from the keyphrase box.
    await ui(page).keyphraseFilter.fill(keyphrase);
    await page
      .getByRole('option', { name: startsWith(keyphrase) })
      .first()
      .click();
    await ui(page).removeKeyphrase(keyphrase).waitFor();
    await expect.poll(async () => sorted(await listedTitles(page, g.titles))).toEqual(expected);
  });
});
