// A reader narrows the map to one cluster, or to the papers that mention a keyphrase.
import type { Page } from 'playwright-core';
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

/**
 * The papers of data/sparsity-papers.txt about sparse autoencoders, read from the data: each
 * says "sparse autoencoders (SAEs)" (or has it in its title) and then "SAEs". Only two list
 * "sparse autoencoders" among their top-10 keyphrases. Their cluster has a sixth paper,
 * "Beyond ℓ1 sparse coding in V1", on sparse coding in the visual cortex, which mentions no
 * autoencoder.
 */
const SAE_PAPERS = [
  'Adaptive Sparse Allocation with Mutual Choice & Feature Choice Sparse Autoencoders',
  'Towards Principled Evaluations of Sparse Autoencoders for Interpretability and Control',
  'Features that Make a Difference: Leveraging Gradients for Improved Dictionary Learning',
  'Taming Polysemanticity in LLMs: Provable Feature Recovery via Sparse Autoencoders',
  'From Flat to Hierarchical: Extracting Sparse Representations with Matching Pursuit',
];

const sorted = (xs: string[]) => [...xs].sort();

/** The number a keyphrase suggestion shows beside it. */
async function suggestionCount(page: Page, keyphrase: string): Promise<number> {
  const option = page.getByRole('option', { name: startsWith(keyphrase) }).first();
  // The count, and for screen readers "n papers" (visually hidden) after it.
  return Number(/(\d+)(?:\s*papers?)?\s*$/u.exec(await option.innerText())?.[1]);
}

/** The "n of m" a cluster's title over the map shows while a filter is on. */
async function regionCount(page: Page, label: string): Promise<string> {
  const region = page.locator('.regions .region').filter({ hasText: label });
  return ((await region.locator('.count').textContent()) ?? '').trim();
}

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

  it('a keyphrase chip filters to the papers that mention it; list, legend and box agree', async () => {
    const g = servedGraph();
    // The keyphrase most papers list (ties: alphabetical), so the filter keeps several papers.
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

    // Every paper that lists it, and those that only mention it.
    await openListView(page);
    await expect
      .poll(async () => (await listedTitles(page, g.titles)).length)
      .toBeGreaterThanOrEqual(having.length);
    const listed = await listedTitles(page, g.titles);
    for (const p of having) expect(listed).toContain(p.title);
    for (const cluster of g.graph.attributes.clusters) {
      const n = g.papers.filter((p) => p.cluster === cluster.id && listed.includes(p.title)).length;
      const label = legendCluster(page, cluster.label);
      if (n === 0 && (await label.toggle.count()) === 0) continue; // an empty cluster may be hidden
      expect(await legendCount(page, cluster.label), `legend count of "${cluster.label}"`).toBe(n);
    }
    await page.getByText(`${listed.length} papers mention it.`).waitFor();

    await ui(page).removeKeyphrase(keyphrase).click();
    await expect.poll(async () => (await listedTitles(page, g.titles)).length).toBe(47);

    // The same filter chosen from the keyphrase box, which said how many papers it would keep.
    await ui(page).keyphraseFilter.fill(keyphrase);
    expect(await suggestionCount(page, keyphrase)).toBe(listed.length);
    await page
      .getByRole('option', { name: startsWith(keyphrase) })
      .first()
      .click();
    await ui(page).removeKeyphrase(keyphrase).waitFor();
    await expect
      .poll(async () => sorted(await listedTitles(page, g.titles)))
      .toEqual(sorted(listed));
  });

  it('"sparse autoencoders" finds the papers about them, however they write it', async () => {
    const g = servedGraph();
    const cluster = g.clusterOf(g.byTitle(SAE_PAPER).key);
    const inCluster = g.papers.filter((p) => p.cluster === cluster.id);
    const page = await browser.open();
    await waitForMap(page);

    await ui(page).keyphraseFilter.fill('sparse autoenc');
    expect(await suggestionCount(page, 'sparse autoencoders')).toBe(SAE_PAPERS.length);
    await page
      .getByRole('option', { name: startsWith('sparse autoencoders') })
      .first()
      .click();
    await ui(page).removeKeyphrase('sparse autoencoders').waitFor();
    await page.getByText(`${SAE_PAPERS.length} papers mention it.`).waitFor();

    // The map: the cluster's title counts them; no other cluster has any.
    await expect
      .poll(() => regionCount(page, cluster.label))
      .toBe(`${SAE_PAPERS.length} of ${inCluster.length}`);
    // The legend.
    for (const c of g.graph.attributes.clusters)
      expect(await legendCount(page, c.label), `legend count of "${c.label}"`).toBe(
        c.id === cluster.id ? SAE_PAPERS.length : 0,
      );
    // The list.
    await openListView(page);
    await expect
      .poll(async () => sorted(await listedTitles(page, g.titles)))
      .toEqual(sorted(SAE_PAPERS));
    expect(new URL(page.url()).searchParams.getAll('kw')).toEqual(['sparse autoencoders']);

    // From the URL, in other forms: the acronym, a hyphen, the singular, capitals.
    for (const kw of ['SAEs', 'sparse auto-encoder', 'Sparse Autoencoder']) {
      const other = await browser.open(`?view=list&kw=${encodeURIComponent(kw)}`);
      await waitForMap(other);
      await expect
        .poll(async () => sorted(await listedTitles(other, g.titles)), { message: kw })
        .toEqual(sorted(SAE_PAPERS));
    }
  });
});
