// Guided views: an author saves views with captions in the full app and downloads the map with
// them; a reader opens it embedded with ?view=<id>, steps through the tour and leaves it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphFileProblems, type GraphFile } from '../../src/core/graph-file.ts';
import { describeInBrowser, servedDir, useBrowser } from './support/browser.ts';
import { FIXTURES, PAYLOADS } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { screenshot } from './support/screenshots.ts';
import { expectCamera, tourViews } from './support/tour.ts';
import { legendCluster, ui, waitForDetails, waitForMap } from './support/ui.ts';

const state = (page: Page) => page.evaluate(() => window.__papermap!.state());

describeInBrowser('guided views', () => {
  const browser = useBrowser();

  it('saves views, downloads the map with them, and plays them embedded', async () => {
    const { graph, papers } = servedGraph();
    const paper = papers[2]!;
    const other = graph.attributes.clusters.find((c) => c.id !== paper.cluster)!;
    const page = await browser.open('');
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Guided views', exact: true });

    // View 1: a selected paper.
    await page.evaluate((k) => window.__papermap!.selectNode(k), paper.key);
    await waitForDetails(page, paper.title);
    await panel.getByRole('button', { name: 'Save view', exact: true }).click();
    // View 2: one cluster only, nothing selected.
    await page.evaluate(() => window.__papermap!.selectNode(null));
    await legendCluster(page, other.label).only.click();
    await expect.poll(async () => (await state(page)).hiddenClusters.length).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Save view', exact: true }).click();

    const first = 'First, one paper & its <b>neighbours</b>';
    const second = `Then only ${other.label}`;
    await panel.getByRole('textbox', { name: 'Caption of view 1', exact: true }).fill(first);
    await panel.getByRole('textbox', { name: 'Caption of view 2', exact: true }).fill(second);

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download map with views', exact: true }).click();
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as GraphFile;
    expect(graphFileProblems(saved)).toEqual([]);
    expect(saved.nodes).toHaveLength(graph.nodes.length);
    const views = saved.attributes.views!;
    expect(views.map((v) => v.caption)).toEqual([first, second]);
    expect(views[0]!.state.paper).toBe(paper.key);
    expect(views[1]!.state.paper).toBeNull();
    expect(views[1]!.state.hide).not.toContain(other.id);
    expect(views[1]!.state.hide).toHaveLength(graph.attributes.clusters.length - 1);
    await writeFile(join(servedDir(), 'tour.json'), JSON.stringify(saved));

    // The reader: embedded, starting at the first view.
    const reader = await browser.open(`?data=tour.json&embed=1&view=${views[0]!.id}`);
    await waitForMap(reader);
    const tour = reader.getByRole('region', { name: 'Guided tour', exact: true });
    await expect.poll(() => tour.locator('.caption').innerText()).toBe(first);
    expect(await tour.innerText()).toContain('1 of 2');
    expect((await state(reader)).selected).toBe(paper.key);
    await reader
      .getByRole('complementary', { name: 'Paper details' })
      .getByRole('heading', { level: 2 })
      .waitFor();

    await tour.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => tour.locator('.caption').innerText()).toBe(second);
    expect(await tour.innerText()).toContain('2 of 2');
    const s2 = await state(reader);
    expect(s2.selected).toBeNull();
    expect(s2.hiddenClusters).toEqual(views[1]!.state.hide);
    expect(await tour.getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);

    await tour.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect.poll(() => tour.locator('.caption').innerText()).toBe(first);
    await tour.getByRole('button', { name: 'Explore freely', exact: true }).click();
    await tour.waitFor({ state: 'detached' });

    // The full app also starts at ?view= and shows its caption in the panel.
    const full = await browser.open(`?data=tour.json&view=${views[1]!.id}`);
    await waitForMap(full);
    const fullPanel = full.getByRole('region', { name: 'Guided views', exact: true });
    await expect.poll(() => fullPanel.locator('.caption').innerText()).toBe(second);
    expect((await state(full)).hiddenClusters).toEqual(views[1]!.state.hide);
  });

  it('lands on each saved camera when an embedded tour steps forward and back', async () => {
    const views = tourViews(servedGraph().graph);
    const page = await browser.open(`?data=${FIXTURES.tour}&embed=1&view=v1`, {
      context: { viewport: { width: 700, height: 450 } },
    });
    await waitForMap(page);
    const tour = page.getByRole('region', { name: 'Guided tour', exact: true });
    await expectCamera(page, views[0]!.state.cam!);
    for (const [button, i] of [
      ['Next', 1],
      ['Next', 2],
      ['Previous', 1],
      ['Previous', 0],
    ] as const) {
      await tour.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => tour.locator('.caption').innerText()).toBe(views[i]!.caption);
      await expectCamera(page, views[i]!.state.cam!);
      const { x, y, ratio } = views[i]!.state.cam!;
      await expect
        .poll(() => new URL(page.url()).searchParams.get('cam'))
        .toBe(`${x},${y},${ratio}`);
      if (i === 2) await screenshot(page, 'embed-tour-700x450');
    }
  });

  it('edits views: long captions, focus, what a view holds, its place, the file name', async () => {
    const page = await browser.open(`?data=${FIXTURES.tour}`);
    await waitForMap(page);
    const panel = page.getByRole('region', { name: 'Guided views', exact: true });
    const position = panel.locator('.position');
    // The map shows exactly view 1 (the whole map), so that is where the tour stands.
    await expect.poll(() => position.innerText()).toBe('1 of 3');

    await ui(page).search.fill('sparse');
    await expect.poll(async () => (await state(page)).query).toBe('sparse');
    await expect.poll(() => position.innerText()).toBe('– of 3');
    await panel.getByRole('button', { name: 'Save view', exact: true }).click();
    const caption = panel.getByRole('textbox', { name: 'Caption of view 4', exact: true });
    // Focus goes to the new caption, its default text selected: typing replaces it.
    await expect.poll(() => caption.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Papers on sparsity');
    expect(await caption.inputValue()).toBe('Papers on sparsity');
    await expect.poll(() => position.innerText()).toBe('4 of 4');

    // A long caption is kept whole up to 500 characters, and the count says so.
    const long = 'A caption that goes on. '.repeat(30);
    await caption.fill(long);
    expect(await caption.inputValue()).toBe(long.slice(0, 500));
    expect(await caption.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    expect(await panel.locator('#count-v4').innerText()).toMatch(/^500\/500/);

    // What the view holds, and dropping its search.
    const holds = panel.getByRole('list', { name: 'View 4 holds', exact: true });
    expect(await holds.innerText()).toContain('Search: “sparse”');
    await holds.getByRole('button', { name: 'Drop Search: “sparse” from view 4' }).click();
    expect(await holds.innerText()).not.toContain('sparse');
    // Without its search view 4 is the whole map, as view 1 is: clearing the search box shows
    // both, and the position names the first.
    await ui(page).search.fill('');
    await expect.poll(() => position.innerText()).toBe('1 of 4');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'views-panel-long-caption');

    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download map with views', exact: true }).click();
    expect((await download).suggestedFilename()).toBe(
      'sparsity-and-optimisation-47-papers-tour.json',
    );
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as GraphFile;
    expect(saved.attributes.views![3]!.state.q).toBe('');
    expect(saved.attributes.views![3]!.caption).toBe(long.slice(0, 500));
  });

  it('shows a caption as text, never as HTML', async () => {
    const { graph } = servedGraph();
    const payload = '<img src=x onerror=window.__xss=1>';
    const file: GraphFile = {
      ...graph,
      attributes: {
        ...graph.attributes,
        views: [
          {
            id: 'x',
            caption: `${payload} ${PAYLOADS[1]}`,
            state: { paper: null, hide: [], kw: [], q: '', cam: null },
          },
        ],
      },
    };
    await writeFile(join(servedDir(), 'tour-xss.json'), JSON.stringify(file));
    const page = await browser.open('?data=tour-xss.json&embed=1&view=x');
    await waitForMap(page);
    const tour = page.getByRole('region', { name: 'Guided tour', exact: true });
    await expect.poll(() => tour.locator('.caption').innerText()).toBe(`${payload} ${PAYLOADS[1]}`);
    expect(await tour.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  });
});
