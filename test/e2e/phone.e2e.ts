// A reader on a phone taps a paper: its details rise as a bottom sheet and the map stays in view.
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { servedGraph } from './support/graph.ts';
import { pointableNodes, stableNodePosition } from './support/map.ts';
import { screenshot } from './support/screenshots.ts';
import { ui, waitForDetails, waitForMap } from './support/ui.ts';

const PHONE = { width: 390, height: 844 };

describeInBrowser('on a phone', () => {
  const browser = useBrowser();

  it('shows the details of a tapped paper as a bottom sheet below the map', async () => {
    const g = servedGraph();
    const page = await browser.open('', {
      context: { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    });
    await waitForMap(page);
    await screenshot(page, 'phone-map');

    const [node] = await pointableNodes(
      page,
      g.papers.map((p) => p.key),
    );
    expect(node, 'a paper on the map that can be tapped').toBeDefined();
    await page.touchscreen.tap(node.at.x, node.at.y);
    await waitForDetails(page, g.byKey(node.key).title);

    const sheet = (await ui(page).details.boundingBox())!;
    expect(sheet.y, 'the sheet starts in the lower part of the screen').toBeGreaterThanOrEqual(
      PHONE.height * 0.3,
    );
    expect(sheet.y + sheet.height, 'the sheet reaches the bottom edge').toBeGreaterThanOrEqual(
      PHONE.height - 2,
    );
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);
    expect(sheet.width, 'the sheet spans the screen').toBeGreaterThanOrEqual(PHONE.width * 0.9);

    const map = (await ui(page).map.boundingBox())!;
    const top = Math.max(map.y, 0);
    expect(sheet.y - top, 'map height visible above the sheet').toBeGreaterThanOrEqual(
      PHONE.height * 0.25,
    );
    const mapShows = await page.evaluate(
      ({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        const map = document.querySelector(
          '[role="application"], [role="img"][aria-label^="Topic map"]',
        );
        return !!hit && !!map && map.contains(hit);
      },
      { x: PHONE.width / 2, y: (top + sheet.y) / 2 },
    );
    expect(mapShows, 'the map is what shows above the sheet').toBe(true);

    // The paper the reader tapped stays in sight above the sheet, not hidden under it.
    const tapped = await stableNodePosition(page, node.key);
    expect(tapped.y, 'the tapped paper is above the sheet').toBeLessThan(sheet.y);
    expect(tapped.y, 'the tapped paper is below the top of the map').toBeGreaterThan(top);
    expect(tapped.x).toBeGreaterThan(0);
    expect(tapped.x).toBeLessThan(PHONE.width);
    await screenshot(page, 'phone-details');
  });
});
