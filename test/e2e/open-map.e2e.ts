// A reader opens the default map: every paper is there, the legend accounts for all of them.
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { screenshot } from './support/screenshots.ts';
import { legendCluster, legendCount, ui, waitForMap } from './support/ui.ts';

describeInBrowser('the default map', () => {
  const browser = useBrowser();

  it('shows all papers, the clusters with counts that add up, and the map canvas', async () => {
    const { graph, papers } = servedGraph();
    const page = await browser.open();
    await waitForMap(page);
    const { map, legend } = ui(page);

    expect(await map.getAttribute('aria-label')).toBe(`Topic map of ${papers.length} papers`);
    expect(papers).toHaveLength(47);
    expect(await map.evaluate((el) => el.tabIndex)).toBeGreaterThanOrEqual(0);
    const canvases = await map.locator('canvas').evaluateAll((cs) =>
      cs.map((c) => ({
        w: c.getBoundingClientRect().width,
        h: c.getBoundingClientRect().height,
      })),
    );
    expect(canvases.length).toBeGreaterThan(0);
    expect(canvases.every((c) => c.w > 200 && c.h > 200)).toBe(true);

    await legend.waitFor();
    const counts: number[] = [];
    for (const cluster of graph.attributes.clusters) {
      const { toggle, only } = legendCluster(page, cluster.label);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await only.count()).toBe(1);
      const count = await legendCount(page, cluster.label);
      expect(count, `count shown for "${cluster.label}"`).toBe(cluster.size);
      counts.push(count);
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(47);

    await screenshot(page, 'default-map');
  });
});
