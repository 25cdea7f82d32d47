// The Share dialog: a link to the current view, an iframe snippet in three sizes, the graph file.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { FIXTURES } from './support/fixtures.ts';
import { servedGraph } from './support/graph.ts';
import { keepImage, screenshot } from './support/screenshots.ts';
import { tourViews } from './support/tour.ts';
import { waitForDetails, waitForMap } from './support/ui.ts';

describeInBrowser('the Share dialog', () => {
  const browser = useBrowser();

  it('copies a link and an iframe for the current view, downloads the graph file', async () => {
    const { graph, papers } = servedGraph();
    const paper = papers[3]!;
    const page = await browser.open(`?paper=${encodeURIComponent(paper.key)}`, {
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    await waitForMap(page);
    await waitForDetails(page, paper.title);

    const share = page.getByRole('button', { name: 'Share', exact: true });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    await dialog.waitFor();

    const link = new URL(await dialog.getByLabel('Link to this view').inputValue());
    expect(link.searchParams.get('paper')).toBe(paper.key);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link.href);

    await dialog.getByRole('radio', { name: /320 px × 480 px/ }).check();
    const snippet = await dialog.getByLabel('Iframe code').inputValue();
    expect(snippet).toContain('width="320"');
    expect(snippet).toContain('height="480"');
    expect(snippet).toContain(`title="${graph.attributes.title}"`);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('sandbox="allow-scripts allow-popups allow-same-origin"');
    const src = new URL(snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('paper')).toBe(paper.key);

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the graph file' }).click();
    const file = await (await download).path();
    const saved = JSON.parse(await readFile(file, 'utf8')) as typeof graph;
    expect(saved.nodes).toHaveLength(graph.nodes.length);
    expect(saved.attributes.title).toBe(graph.attributes.title);

    // The PNG: the map at its size, not blank, with the map's title in a band above it and
    // the legend's colours in a band below.
    const expected = await page
      .locator('.map[role="application"]')
      .evaluate((el) => ({ w: Math.round(el.clientWidth), h: Math.round(el.clientHeight) }));
    const png = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download a PNG of this view' }).click();
    const bytes = await readFile(await (await png).path());
    keepImage(bytes, 'png-export');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(w).toBe(expected.w);
    expect(h).toBeGreaterThan(expected.h + 40);
    const { colours, titleInk, bandEndInk, legendColours } = await page.evaluate(
      async ({ b64, legend, mapHeight }) => {
        const bitmap = new Image(); // img-src allows data: (connect-src would refuse a fetch)
        bitmap.src = `data:image/png;base64,${b64}`;
        await bitmap.decode();
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const at = (x: number, y: number) => [
          ...data.subarray((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 3),
        ];
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 7)
          seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        const background = at(0, 0);
        const far = (p: number[], q: number[]) => p.reduce((s, v, i) => s + Math.abs(v - q[i]!), 0);
        /** Pixels in a box that are not the background. */
        const ink = (x0: number, x1: number, y0: number, y1: number) => {
          let n = 0;
          for (let y = y0; y < y1; y++)
            for (let x = x0; x < x1; x++) if (far(at(x, y), background) > 120) n++;
          return n;
        };
        const legendTop = mapHeight + 40; // below the title band and the map
        const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
        const legendColours = legend.filter((c) => {
          for (let y = legendTop; y < bitmap.height; y++)
            for (let x = 0; x < bitmap.width; x++) if (far(at(x, y), hex(c)) < 24) return true;
          return false;
        });
        return {
          colours: seen.size,
          titleInk: ink(0, 200, 4, 36),
          bandEndInk: ink(bitmap.width - 150, bitmap.width, 4, 36),
          legendColours,
        };
      },
      {
        b64: bytes.toString('base64'),
        legend: graph.attributes.clusters.map((c) => c.color),
        mapHeight: expected.h,
      },
    );
    expect(titleInk, 'the title band has text on the left').toBeGreaterThan(100);
    expect(bandEndInk, 'and is plain background on the right').toBe(0);
    expect(legendColours).toEqual(graph.attributes.clusters.map((c) => c.color));
    expect(colours, 'distinct colours in the PNG').toBeGreaterThan(50);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await share.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('hands over the tour of a map with views, or the current view', async () => {
    const { graph, papers } = servedGraph();
    const views = tourViews(graph);
    const paper = papers[3]!;
    const page = await browser.open(
      `?data=${FIXTURES.tour}&paper=${encodeURIComponent(paper.key)}`,
    );
    await waitForMap(page);
    await waitForDetails(page, paper.title);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    const what = dialog.getByRole('group', { name: 'Share', exact: true });
    const tour = what.getByRole('radio', { name: 'The guided tour, from its start' });
    const here = what.getByRole('radio', { name: 'This view' });
    expect(await tour.isChecked()).toBe(true);
    await screenshot(page, 'share-dialog-tour');

    const srcOf = async () => {
      const snippet = await dialog.getByLabel('Iframe code').inputValue();
      return new URL(snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    };
    const src = await srcOf();
    expect(Object.fromEntries(src.searchParams)).toEqual({
      data: FIXTURES.tour,
      embed: '1',
      view: views[0]!.id,
    });
    const link = new URL(await dialog.getByLabel('Link to the tour').inputValue());
    expect(Object.fromEntries(link.searchParams)).toEqual({
      data: FIXTURES.tour,
      view: views[0]!.id,
    });

    await here.check();
    const current = await srcOf();
    expect(current.searchParams.get('paper')).toBe(paper.key);
    expect(current.searchParams.has('view')).toBe(false);
    expect(
      new URL(await dialog.getByLabel('Link to this view').inputValue()).searchParams.get('paper'),
    ).toBe(paper.key);

    // What the blog's reader gets from the default snippet: the tour, at its first view.
    await tour.check();
    const reader = await browser.open((await srcOf()).href);
    await waitForMap(reader);
    const bar = reader.getByRole('region', { name: 'Guided tour', exact: true });
    await expect.poll(() => bar.locator('.caption').innerText()).toBe(views[0]!.caption);
    expect(await bar.innerText()).toContain('1 of 3');
  });
});
