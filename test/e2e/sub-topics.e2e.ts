// Sub-topics: a cluster opens in the legend to list its parts, each of which can be hidden, shown
// alone or zoomed to; the map titles them when zoomed in; the list and the details name them;
// the URL and saved views keep what is hidden. Runs on the default map when it has sub-topics,
// else on the same map with made-up ones (FIXTURES.topics).
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { FIXTURES } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { shownRegionTitles, stableNodePosition } from './support/map.ts';
import { screenshot } from './support/screenshots.ts';
import {
  legendCluster,
  legendCount,
  listedTitles,
  namesOf,
  openListView,
  showAll,
  ui,
  waitForDetails,
  waitForMap,
} from './support/ui.ts';

const state = (page: Page) => page.evaluate(() => window.__papermap!.state());
const sorted = (xs: string[]) => [...xs].sort();

/** The map with sub-topics, its query string, and its biggest cluster that has sub-topics. */
function topicMap() {
  const onDefault = servedGraph().graph.attributes.topics.length > 0;
  const g = servedGraph(onDefault ? 'graph.json' : FIXTURES.topics);
  const { clusters, topics } = g.graph.attributes;
  const cluster = [...clusters]
    .filter((c) => topics.some((t) => t.cluster === c.id))
    .sort((a, b) => b.size - a.size)[0]!;
  const parts = topics.filter((t) => t.cluster === cluster.id);
  const papersOf = (topic: number) => g.papers.filter((p) => p.topic === topic);
  return { g, query: onDefault ? '' : `?data=${FIXTURES.topics}`, cluster, parts, papersOf };
}

const onMap = (page: Page, key: string) =>
  page.evaluate((k) => window.__papermap!.nodeViewportPosition(k) !== null, key);

describeInBrowser('sub-topics', () => {
  const browser = useBrowser();

  it('the legend opens a cluster to its sub-topics, with counts and clean names', async () => {
    const { g, query, cluster, parts } = topicMap();
    const page = await browser.open(query);
    await waitForMap(page);
    const disclosure = legendCluster(page, cluster.label).subTopics;
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(await legendCluster(page, parts[0]!.label).toggle.isVisible()).toBe(false);
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    for (const t of parts) {
      const row = legendCluster(page, t.label);
      expect(await row.toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await legendCount(page, t.label), `count of "${t.label}"`).toBe(t.size);
      expect(await row.only.count()).toBe(1);
      expect(await row.zoom.count()).toBe(1);
    }
    // Clusters without sub-topics have nothing to open.
    for (const c of g.graph.attributes.clusters)
      if (!g.graph.attributes.topics.some((t) => t.cluster === c.id))
        expect(await legendCluster(page, c.label).subTopics.count()).toBe(0);

    const names = await ui(page).legend.getByRole('button').evaluateAll(namesOf);
    for (const name of names) {
      expect(name, 'no stray commas').not.toMatch(/(^|\s),|,\s*(,|$)/);
      expect(name).toMatch(/^(Show all|Show |Show only |Zoom to |Sub-topics of )\S/);
    }
    // The toggle's count is its description, not part of its name.
    const described = await legendCluster(page, parts[0]!.label).toggle.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(described?.trim()).toBe(`${parts[0]!.size} papers`);
  });

  it('hiding a sub-topic takes its papers off the map and the list, into the URL; reload and back restore it', async () => {
    const { g, query, cluster, parts, papersOf } = topicMap();
    const [hidden, kept] = parts;
    const page = await browser.open(query);
    await waitForMap(page);
    await legendCluster(page, cluster.label).subTopics.click();
    await legendCluster(page, hidden!.label).toggle.click();
    await expect
      .poll(() => legendCluster(page, hidden!.label).toggle.getAttribute('aria-pressed'))
      .toBe('false');
    expect(new URL(page.url()).searchParams.get('hidet')).toBe(String(hidden!.id));
    for (const p of papersOf(hidden!.id)) expect(await onMap(page, p.key), p.title).toBe(false);
    for (const p of papersOf(kept!.id)) expect(await onMap(page, p.key), p.title).toBe(true);
    expect(await legendCount(page, cluster.label)).toBe(cluster.size - hidden!.size);
    expect(await legendCluster(page, cluster.label).toggle.getAttribute('aria-pressed')).toBe(
      'true',
    );

    const visible = g.papers.filter((p) => p.topic !== hidden!.id).map((p) => p.title);
    await openListView(page);
    await expect
      .poll(async () => sorted(await listedTitles(page, g.titles)))
      .toEqual(sorted(visible));
    const subHeadings = await ui(page).paperList.getByRole('heading', { level: 4 }).allInnerTexts();
    expect(subHeadings.some((h) => h.includes(hidden!.label))).toBe(false);
    expect(subHeadings.some((h) => h.includes(kept!.label))).toBe(true);

    await page.reload();
    await waitForMap(page);
    expect((await state(page)).hiddenTopics).toEqual([hidden!.id]);
    await expect
      .poll(async () => sorted(await listedTitles(page, g.titles)))
      .toEqual(sorted(visible));
    // The legend opens where the view hides a sub-topic, so that what is hidden shows.
    expect(await legendCluster(page, hidden!.label).toggle.getAttribute('aria-pressed')).toBe(
      'false',
    );

    await page.goBack(); // the map view, still without the sub-topic
    await expect.poll(async () => (await state(page)).view).toBe('map');
    expect((await state(page)).hiddenTopics).toEqual([hidden!.id]);
    await page.goBack(); // before it was hidden
    await expect.poll(async () => (await state(page)).hiddenTopics).toEqual([]);
    for (const p of papersOf(hidden!.id)) expect(await onMap(page, p.key), p.title).toBe(true);
    await page.goForward();
    await expect.poll(async () => (await state(page)).hiddenTopics).toEqual([hidden!.id]);
  });

  it('"Show only" a sub-topic lists just its papers, under its headings; "Show all" undoes it', async () => {
    const { g, query, cluster, parts, papersOf } = topicMap();
    const only = parts[parts.length - 1]!;
    const page = await browser.open(query);
    await waitForMap(page);
    await legendCluster(page, cluster.label).subTopics.click();
    await legendCluster(page, only.label).only.click();
    await openListView(page);
    const expected = sorted(papersOf(only.id).map((p) => p.title));
    await expect.poll(async () => sorted(await listedTitles(page, g.titles))).toEqual(expected);
    const h3 = await ui(page).paperList.getByRole('heading', { level: 3 }).allInnerTexts();
    const h4 = await ui(page).paperList.getByRole('heading', { level: 4 }).allInnerTexts();
    expect(h3.map((h) => h.trim())).toEqual([expect.stringContaining(cluster.label)]);
    expect(h4.map((h) => h.trim())).toEqual([expect.stringContaining(only.label)]);
    const url = new URL(page.url()).searchParams;
    expect(url.get('hidet')?.split(',').map(Number).sort()).toEqual(
      parts
        .filter((t) => t !== only)
        .map((t) => t.id)
        .sort(),
    );
    expect(url.get('hide')?.split(',')).toHaveLength(g.graph.attributes.clusters.length - 1);

    await showAll(page).click();
    await expect
      .poll(async () => (await listedTitles(page, g.titles)).length)
      .toBe(g.papers.length);
    expect((await state(page)).hiddenTopics).toEqual([]);
  });

  it('zoomed out the map titles clusters; zoomed in, sub-topics; titles never overlap', async () => {
    const { query, cluster, parts, papersOf } = topicMap();
    const page = await browser.open(query);
    await waitForMap(page);
    const anyPaper = papersOf(parts[0]!.id)[0]!.key;
    await stableNodePosition(page, anyPaper);
    await expect
      .poll(async () => (await shownRegionTitles(page)).map((t) => t.text))
      .toContain(cluster.label);
    const out = await shownRegionTitles(page);
    expect(out.filter((t) => t.level === 'topic')).toEqual([]);
    expectApart(out);
    await screenshot(page, 'sub-topics-zoomed-out');

    // Zoomed to the cluster: its sub-topics are titled instead of it.
    const labels = parts.map((t) => t.label);
    await legendCluster(page, cluster.label).zoom.click();
    await stableNodePosition(page, anyPaper);
    await expect
      .poll(
        async () => (await shownRegionTitles(page)).filter((t) => labels.includes(t.text)).length,
      )
      .toBeGreaterThan(1);
    const zoomed = await shownRegionTitles(page);
    expect(zoomed.map((t) => t.text)).not.toContain(cluster.label);
    expectApart(zoomed);
    await screenshot(page, 'sub-topics-zoomed-in');

    // Zoomed to one sub-topic: its title shows.
    await legendCluster(page, cluster.label).subTopics.click();
    await legendCluster(page, parts[0]!.label).zoom.click();
    await stableNodePosition(page, anyPaper);
    await expect
      .poll(async () => (await shownRegionTitles(page)).map((t) => t.text))
      .toContain(parts[0]!.label);
    expectApart(await shownRegionTitles(page));
  });

  it('the details name the paper’s sub-topic beside its cluster', async () => {
    const { query, cluster, parts, papersOf } = topicMap();
    const paper = papersOf(parts[0]!.id)[0]!;
    const page = await browser.open(query);
    await waitForMap(page);
    await page.evaluate((k) => window.__papermap!.selectNode(k), paper.key);
    await waitForDetails(page, paper.title);
    const details = ui(page).details;
    await details.getByRole('button', { name: `Cluster: ${cluster.label}`, exact: true }).waitFor();
    await details
      .getByRole('button', { name: `Sub-topic: ${parts[0]!.label}`, exact: true })
      .waitFor();

    // Zoomed in around it, the sub-topic titles keep clear of the selected paper's title box
    // (its start, at least: the box is drawn on the canvas).
    await details
      .getByRole('button', { name: `Sub-topic: ${parts[0]!.label}`, exact: true })
      .click();
    const at = await stableNodePosition(page, paper.key);
    const start = {
      text: 'the selected title',
      box: { x0: at.x - 4, y0: at.y - 8, x1: at.x + 80, y1: at.y + 8 },
    };
    await expect.poll(async () => (await shownRegionTitles(page, 0.2)).length).toBeGreaterThan(0);
    expectApart([start, ...(await shownRegionTitles(page, 0.05))]);
    await screenshot(page, 'sub-topics-selected');
  });

  it('a saved view keeps the hidden sub-topics', async () => {
    const { query, cluster, parts } = topicMap();
    const page = await browser.open(query);
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Guided views', exact: true });
    await legendCluster(page, cluster.label).subTopics.click();
    await legendCluster(page, parts[0]!.label).toggle.click();
    await expect.poll(async () => (await state(page)).hiddenTopics).toEqual([parts[0]!.id]);
    await panel.getByRole('button', { name: 'Save view', exact: true }).click();
    await showAll(page).click();
    await expect.poll(async () => (await state(page)).hiddenTopics).toEqual([]);
    await panel.getByRole('button', { name: 'Show view 1', exact: true }).click();
    await expect.poll(async () => (await state(page)).hiddenTopics).toEqual([parts[0]!.id]);
    expect(await legendCluster(page, parts[0]!.label).toggle.getAttribute('aria-pressed')).toBe(
      'false',
    );
  });
});

function expectApart(
  titles: { text: string; box: { x0: number; y0: number; x1: number; y1: number } }[],
) {
  for (const [i, a] of titles.entries())
    for (const b of titles.slice(i + 1)) {
      const overlap =
        a.box.x0 < b.box.x1 && a.box.x1 > b.box.x0 && a.box.y0 < b.box.y1 && a.box.y1 > b.box.y0;
      expect(overlap, `"${a.text}" and "${b.text}" overlap`).toBe(false);
    }
}
