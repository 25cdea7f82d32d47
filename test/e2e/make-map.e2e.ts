// "Make a map" (?make=1): a reader's files become a map in the page, in a worker, and the files
// it writes are the CLI's bytes. Every test does what a reader does: choose or drop files, press
// "Make the map", use the map, download from Share.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recombinedCorpus } from '../support/corpus.ts';
import {
  baseURL,
  describeInBrowser,
  refuseNetwork,
  servedDir,
  useBrowser,
} from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { repoRoot, run } from './support/site.ts';
import { listedTitles, openListView, waitForMap } from './support/ui.ts';

const DEFAULT_CORPUS = join(repoRoot, 'data/sparsity-papers.txt');
const BIB = join(repoRoot, 'test/fixtures/cli/reading-list.bib');
const CSV = join(repoRoot, 'test/fixtures/cli/reading-list.csv');

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'papermap-make-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `papermap build` of the same files, as a reader would run it: the graph file's text. */
async function cliBuild(name: string, inputs: string[], ...options: string[]): Promise<string> {
  const output = join(work, `${name}.json`);
  await run(process.execPath, [
    'bin/papermap.js',
    'build',
    ...inputs,
    '-o',
    output,
    '-q',
    ...options,
  ]);
  return readFile(output, 'utf8');
}

/** The one line `papermap build` prints for a file it cannot map, less its "papermap: ". */
async function cliError(name: string): Promise<string> {
  const cli = join(repoRoot, 'bin/papermap.js');
  const { stderr, status } = spawnSync(process.execPath, [cli, 'build', name, '-o', 'x.json'], {
    cwd: work,
    encoding: 'utf8',
  });
  expect(status).toBe(2);
  return stderr.trim().replace(/^papermap: /u, '');
}

const chooser = (page: Page) => page.getByLabel('Choose paper files');
const makeButton = (page: Page) => page.getByRole('button', { name: 'Make the map' });

async function openMaker(page: Page) {
  await page.goto(new URL('?make=1', baseURL()).href);
  await chooser(page).waitFor({ state: 'attached' });
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await (download as Download).path())!, 'utf8');
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  return page.getByRole('dialog', { name: 'Share this map' });
}

describeInBrowser('making a map in the browser', () => {
  const browser = useBrowser();

  it('drops the default corpus: the map opens with its 47 papers, no request leaves the page, and the graph file is the CLI’s', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.continue();
    });
    const page = await context.newPage();
    await openMaker(page);
    await screenshot(page, 'make-map-empty');

    // A real drop: the file arrives in a DataTransfer, as from the desktop.
    const text = await readFile(DEFAULT_CORPUS, 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'sparsity-papers.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.dispatchEvent('.drop', 'drop', { dataTransfer: transfer });
    await expect
      .poll(() => page.getByRole('list', { name: 'Chosen files' }).innerText())
      .toContain('sparsity-papers.txt');
    await screenshot(page, 'make-map-chosen');

    const before = requests.length;
    await makeButton(page).click();
    await waitForMap(page);
    await screenshot(page, 'make-map-built');

    // What the reader sees: the map's title (the file's name, as the CLI gives it) and every paper.
    const expected = await cliBuild('default', [DEFAULT_CORPUS]);
    const graph = JSON.parse(expected) as { nodes: { attributes: { title: string } }[] };
    expect(await page.title()).toBe('sparsity-papers.txt · papermap');
    await openListView(page);
    const titles = graph.nodes.map((n) => n.attributes.title);
    expect(await listedTitles(page, titles)).toHaveLength(47);

    // The build fetched nothing but the app's own files (its worker), and sent nothing anywhere.
    const origin = new URL(baseURL()).origin;
    const during = requests.slice(before);
    expect(during.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(during.every((url) => /\/assets\/[\w.-]+\.(js|css)$/u.test(url))).toBe(true);

    const dialog = await openShare(page);
    await expect.poll(() => dialog.innerText()).toContain('lives only here');
    // Nothing to link to or frame: the page's address would open the default map.
    expect(await dialog.getByRole('textbox').count()).toBe(0);
    const downloaded = await downloadText(page, () =>
      dialog.getByRole('button', { name: 'Download the graph file' }).click(),
    );
    expect(
      downloaded === expected,
      'the graph file made in Chromium is the CLI’s, byte for byte',
    ).toBe(true);
  });

  it('BibTeX + CSV with options: the broken entry and the merged duplicate are listed with their location, the rest is mapped, byte-identical to the CLI', async () => {
    const page = await browser.open('?make=1');
    await chooser(page).setInputFiles([BIB, CSV]);
    await page.getByLabel('Title').fill('My reading list');
    await page.getByLabel('Clusters').selectOption('3');
    await page.getByLabel('Related papers per paper').fill('5');
    await makeButton(page).click();

    const report = page.getByRole('region', { name: 'Some records were not mapped as they were' });
    await report.waitFor();
    await screenshot(page, 'make-map-report');
    const text = await report.innerText();
    expect(text).toContain(
      'Read 10 records from 2 file(s): 7 papers (1 titled from its abstract), 1 merged as duplicates, 2 rejected.',
    );
    expect(text).toContain('reading-list.bib:23 (broken2023)');
    expect(text).toContain('malformed entry');
    expect(text).toContain('reading-list.csv:5');
    expect(text).toMatch(/reading-list\.csv:2\s+Merged as a duplicate of/u);

    await page.getByRole('button', { name: 'Open the map (7 papers)' }).click();
    await waitForMap(page);
    expect(await page.title()).toBe('My reading list · papermap');

    const expected = await cliBuild(
      'reading-list',
      [BIB, CSV],
      ...['--title', 'My reading list', '--clusters', '3', '--neighbours', '5'],
    );
    expect(expected).toContain('"clusters":3,"neighbours":5');
    const dialog = await openShare(page);
    const downloaded = await downloadText(page, () =>
      dialog.getByRole('button', { name: 'Download the graph file' }).click(),
    );
    expect(downloaded === expected, 'BibTeX + CSV: the same bytes as the CLI').toBe(true);
  });

  it('says what is wrong with files that make no map, in the CLI’s words', async () => {
    const files = {
      'notes.bib': 'These are my notes, not a bibliography.\n',
      'scan.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'one.jsonl': '{"title": "A single paper", "abstract": "Too few papers for a map."}\n',
    };
    const page = await browser.open('?make=1');
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(work, name), content);
      const said = await cliError(name);
      await chooser(page).setInputFiles(join(work, name));
      await makeButton(page).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(said);
      if (name === 'notes.bib') await screenshot(page, 'make-map-error');
      await page.getByRole('button', { name: `Remove ${name}` }).click();
    }

    // The page stays usable: the next files make a map.
    await chooser(page).setInputFiles(DEFAULT_CORPUS);
    await makeButton(page).click();
    await waitForMap(page);
  });

  it('1,200 papers, analysed in nested workers on the page’s cores: the CLI’s bytes still', async () => {
    const file = join(work, 'papers-1200.jsonl');
    await writeFile(file, recombinedCorpus(1200));
    const page = await browser.open('?make=1');
    expect(await page.evaluate(() => navigator.hardwareConcurrency)).toBeGreaterThan(1);
    await chooser(page).setInputFiles(file);
    await makeButton(page).click();
    await page.getByText(/of 1,200 papers/u).waitFor();
    // The build worker and, analysing a slice each, its nested workers.
    await expect.poll(() => page.workers().length).toBeGreaterThan(1);
    await waitForMap(page);
    const dialog = await openShare(page);
    const downloaded = await downloadText(page, () =>
      dialog.getByRole('button', { name: 'Download the graph file' }).click(),
    );
    expect(downloaded === (await cliBuild('papers-1200', [file])), 'the CLI’s bytes').toBe(true);
  });

  it('Cancel stops a large build at once, and the page stays usable', async () => {
    const big = join(work, 'big.jsonl');
    await writeFile(big, recombinedCorpus(3000));
    const page = await browser.open('?make=1');
    await chooser(page).setInputFiles(big);
    await makeButton(page).click();
    await page.getByText(/of 3,000 papers/u).waitFor();
    // The build worker, and its nested workers analysing a slice each where the page has cores.
    expect(page.workers().length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.workers().length).toBe(0);
    expect(await makeButton(page).isEnabled()).toBe(true);
    expect(await page.getByRole('region', { name: 'Making the map' }).count()).toBe(0);
    expect(await page.locator('html').getAttribute('data-ready')).toBeNull();
  });

  it('downloads the map as one HTML file, the same file `papermap export` writes, which opens from file:// with no network', async () => {
    const page = await browser.open('?make=1');
    await chooser(page).setInputFiles(DEFAULT_CORPUS);
    await makeButton(page).click();
    await waitForMap(page);
    const dialog = await openShare(page);
    const html = await downloadText(page, () =>
      dialog.getByRole('button', { name: 'Download as one HTML file' }).click(),
    );

    const graphFile = join(work, 'one-file-graph.json');
    await writeFile(graphFile, await cliBuild('one-file', [DEFAULT_CORPUS]));
    const exported = join(work, 'exported.html');
    await run(process.execPath, [
      'bin/papermap.js',
      'export',
      graphFile,
      '--single-file',
      exported,
      '-q',
    ]);
    expect(html === (await readFile(exported, 'utf8')), 'the same bytes as papermap export').toBe(
      true,
    );

    const file = join(work, 'made-here.html');
    await writeFile(file, html);
    const context = await browser.newContext();
    const network = await refuseNetwork(context);
    const offline = await context.newPage();
    await offline.goto(pathToFileURL(file).href);
    await waitForMap(offline);
    expect(await offline.title()).toBe('sparsity-papers.txt · papermap');
    // The one-file map offers no "Make a map": it has no builder.
    expect(await offline.getByRole('link', { name: 'Make a map' }).count()).toBe(0);
    expect(network).toEqual([]);
  });

  it('works from a sub-path of a site, as a blog’s folder', async () => {
    const sub = join(servedDir(), 'blog/papers');
    await mkdir(sub, { recursive: true });
    for (const entry of ['index.html', 'assets', 'single-file.html'])
      await cp(join(servedDir(), entry), join(sub, entry), { recursive: true });
    const page = await browser.open('blog/papers/?make=1');
    await chooser(page).setInputFiles([BIB, CSV]);
    await makeButton(page).click();
    await page.getByRole('button', { name: 'Open the map (7 papers)' }).click();
    await waitForMap(page);
    const dialog = await openShare(page);
    const html = await downloadText(page, () =>
      dialog.getByRole('button', { name: 'Download as one HTML file' }).click(),
    );
    expect(html).toContain('id="papermap-data"');
    expect(html).toContain('reading-list.bib');
  });

  it('is reached from the map’s header and from the error screen of a missing map', async () => {
    const page = await browser.open('', { allowErrors: [/404/u] });
    await waitForMap(page);
    await page.getByRole('link', { name: 'Make a map' }).click();
    await chooser(page).waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('make')).toBe('1');

    await page.goto(new URL('?data=missing.json', baseURL()).href);
    await page.getByRole('link', { name: 'Make a map from your own files' }).click();
    await chooser(page).waitFor({ state: 'attached' });
  });
});
