// The app as a reader sees it: the UI contract of the viewer expressed as playwright locators,
// plus the waits that go with them (on the app's own signals, never on fixed delays).
import type { Locator, Page } from 'playwright-core';

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches an accessible name that starts with `text`. */
export const startsWith = (text: string) => new RegExp(`^\\s*${escapeRegExp(text)}`);

const regionNamed = (page: Page | Locator, name: string) =>
  page
    .getByRole('region', { name, exact: true })
    .or(page.getByRole('complementary', { name, exact: true }));

export const ui = (page: Page) => ({
  html: page.locator('html'),
  search: page
    .getByRole('searchbox', { name: 'Search papers', exact: true })
    .or(page.getByRole('combobox', { name: 'Search papers', exact: true })),
  results: page.getByRole('listbox', { name: 'Search results', exact: true }),
  details: regionNamed(page, 'Paper details'),
  detailsTitle: regionNamed(page, 'Paper details').getByRole('heading', { level: 2 }),
  related: regionNamed(page, 'Paper details').getByRole('list', {
    name: 'Related papers',
    exact: true,
  }),
  keyphrases: regionNamed(page, 'Paper details').getByRole('group', {
    name: 'Keyphrases',
    exact: true,
  }),
  legend: regionNamed(page, 'Clusters'),
  keyphraseFilter: page.getByRole('combobox', { name: 'Filter by keyphrase', exact: true }),
  removeKeyphrase: (k: string) =>
    page.getByRole('button', { name: `Remove keyphrase ${k}`, exact: true }),
  mapButton: page.getByRole('button', { name: 'Map', exact: true }),
  listButton: page.getByRole('button', { name: 'List', exact: true }),
  paperList: regionNamed(page, 'Paper list'),
  map: page
    .getByRole('application', { name: /^Topic map of \d+ papers?$/ })
    .or(page.getByRole('img', { name: /^Topic map of \d+ papers?$/ })),
  alert: page.getByRole('alert'),
});

/** Waits for the map to be ready (or the error screen); an error screen fails with its message. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"], html[data-error="true"]', {
    state: 'attached',
  });
  if ((await page.locator('html').getAttribute('data-error')) === 'true') {
    const message = await ui(page).alert.allInnerTexts();
    throw new Error(`the app shows its error screen: ${message.join(' | ')}`);
  }
}

/**
 * A cluster's or a sub-topic's controls in the legend: the toggle ("Show <label>", pressed while
 * shown), "Show only", "Zoom to" and, for a cluster with sub-topics, the disclosure button.
 */
export const legendCluster = (page: Page, label: string) => {
  const legend = ui(page).legend;
  return {
    toggle: legend.getByRole('button', { name: `Show ${label}`, exact: true }),
    only: legend.getByRole('button', { name: `Show only ${label}`, exact: true }),
    zoom: legend.getByRole('button', { name: `Zoom to ${label}`, exact: true }),
    subTopics: legend.getByRole('button', { name: `Sub-topics of ${label}`, exact: true }),
  };
};

export const showAll = (page: Page) =>
  ui(page).legend.getByRole('button', { name: 'Show all', exact: true });

/**
 * The count shown with a cluster in the legend: the first number after the label in the toggle's
 * accessible name, else in the text of the legend entry that holds the toggle.
 */
export async function legendCount(page: Page, label: string): Promise<number> {
  const toggle = legendCluster(page, label).toggle;
  const [name] = await toggle.evaluateAll(namesOf);
  const inName = /\d+/.exec(name.slice(name.indexOf(label) + label.length));
  if (inName) return Number(inName[0]);
  const entry = await toggle.evaluate(
    (el) => (el.closest('li') ?? el.parentElement)?.textContent ?? '',
  );
  const inEntry = /\d+/.exec(entry.slice(entry.indexOf(label) + label.length));
  if (!inEntry) throw new Error(`legend: no count shown for "${label}" (name: "${name}")`);
  return Number(inEntry[0]);
}

/**
 * Approximate accessible names, good enough for buttons and links. Self-contained, since
 * playwright runs it in the page.
 */
export function namesOf(els: Element[]): string[] {
  return els.map((el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    const text = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '');
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** The titles of the papers listed in the list view, in order (buttons or links named by title). */
export async function listedTitles(page: Page, allTitles: string[]): Promise<string[]> {
  const names = await ui(page)
    .paperList.locator('button, a[href], [role="button"], [role="link"]')
    .evaluateAll(namesOf);
  const byLength = [...allTitles].sort((a, b) => b.length - a.length);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return names.flatMap((n) => {
    const t = byLength.find((title) => n === norm(title) || n.startsWith(`${norm(title)} `));
    return t === undefined ? [] : [t];
  });
}

/** Shows the list view, switching to it if it is not showing. */
export async function openListView(page: Page): Promise<void> {
  if (!(await ui(page).paperList.isVisible())) await ui(page).listButton.click();
  await ui(page).paperList.waitFor();
}

/** Waits until the details panel shows the paper titled `title`. */
export async function waitForDetails(page: Page, title: string): Promise<void> {
  const exact = new RegExp(`^\\s*${escapeRegExp(title.replace(/\s+/g, ' ').trim())}\\s*$`);
  await ui(page).detailsTitle.filter({ hasText: exact }).waitFor();
}
