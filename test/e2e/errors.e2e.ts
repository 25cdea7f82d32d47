// A reader follows a link to a map that is missing or broken: an error screen says what is wrong.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowser } from './support/browser.ts';
import { FIXTURES, INVALID_GRAPH_PROBLEMS } from './support/fixtures.ts';
import { ui } from './support/ui.ts';

/** The error screen's alert (what is announced) and all the text it shows. */
async function errorScreen(page: Page): Promise<{ alert: string; screen: string }> {
  await page.waitForSelector('html[data-error="true"], html[data-ready="true"]', {
    state: 'attached',
  });
  expect(await page.locator('html').getAttribute('data-error')).toBe('true');
  expect(await page.locator('html').getAttribute('data-ready')).not.toBe('true');
  await ui(page).alert.first().waitFor();
  return {
    alert: (await ui(page).alert.allInnerTexts()).join(' '),
    screen: (await page.locator('body').innerText()).replace(/\s+/g, ' '),
  };
}

// Chromium itself logs a console error for every failed request; that one is expected here.
const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;

describeInBrowser('error screen', () => {
  const browser = useBrowser();

  it('names a missing file and says it was not found', async () => {
    const page = await browser.open('?data=missing.json', { allowErrors: [NOT_FOUND] });
    const { alert, screen } = await errorScreen(page);
    expect(alert).toMatch(/not found|404/i);
    expect(screen).toContain('missing.json');
  });

  it('says a file is not JSON', async () => {
    const page = await browser.open(`?data=${FIXTURES.notJson}`);
    const { alert, screen } = await errorScreen(page);
    expect(alert).toMatch(/JSON/);
    expect(screen).toContain(FIXTURES.notJson);
  });

  it('names what is invalid in a graph file', async () => {
    const page = await browser.open(`?data=${FIXTURES.invalidGraph}`);
    const { alert, screen } = await errorScreen(page);
    expect(alert).toMatch(/graph file|invalid/i);
    expect(screen).toContain(FIXTURES.invalidGraph);
    for (const problem of INVALID_GRAPH_PROBLEMS) expect(screen).toContain(problem);
  });
});
