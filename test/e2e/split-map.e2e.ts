// A large map served as a split map (papermap build --split): the map file opens first; a paper's
// abstract comes from its detail file when the reader opens it; a word that only abstracts have
// is found once their files arrive.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { graphFileProblems, type GraphFile } from '../../src/core/graph-file.ts';
import type { DetailsFile } from '../../src/core/split-map.ts';
import { recombinedCorpus } from '../support/corpus.ts';
import { describeInBrowser, servedDir, useBrowser } from './support/browser.ts';
import { buildMap } from './support/site.ts';
import { startsWith, ui, waitForDetails, waitForMap } from './support/ui.ts';

const PAPERS = 1_600; // four detail files of 500 papers (the last one smaller)

describeInBrowser('a split map', () => {
  const browser = useBrowser();
  let map: GraphFile;
  let details: DetailsFile[];

  beforeAll(async () => {
    const dir = join(servedDir(), 'split');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'papers.jsonl'), recombinedCorpus(PAPERS));
    await buildMap(join(dir, 'papers.jsonl'), join(dir, 'map.json'), ['--split']);
    map = JSON.parse(await readFile(join(dir, 'map.json'), 'utf8')) as GraphFile;
    details = await Promise.all(
      map.attributes.split!.files.map(
        async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as DetailsFile,
      ),
    );
  }, 240_000);

  /** Opens the split map, recording which of its detail files the page fetches. */
  async function openSplit(extra = '') {
    const page = await browser.open(`?data=split/map.json${extra}`);
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = /split\/(map\.details\/\d+\.json)$/u.exec(r.url());
      if (m) fetched.push(m[1]!);
    });
    await waitForMap(page);
    return { page, fetched };
  }

  it('opens a paper whose details live in a detail file, fetching only that file', async () => {
    expect(map.attributes.split!.files).toHaveLength(4);
    // A paper in the third file, opened from a shared link.
    const paper = details[2]!.papers[17]!;
    const title = map.nodes.find((n) => n.key === paper.key)!.attributes.title;
    const { page, fetched } = await openSplit(`&paper=${encodeURIComponent(paper.key)}`);
    await waitForDetails(page, title);
    const panel = ui(page).details;
    await panel.getByText(paper.abstract.slice(0, 80)).waitFor();
    expect(fetched).toEqual(['map.details/0002.json']);
    await expect(ui(page).keyphrases.getByRole('button').allInnerTexts()).resolves.toEqual(
      paper.keywords,
    );

    // A related paper from another file: its file is fetched when the reader follows the link.
    const inOtherFile = (key: string) =>
      !details[2]!.papers.some((p) => p.key === key) && map.nodes.some((n) => n.key === key);
    const link = map.edges.find(
      (e) =>
        (e.source === paper.key && inOtherFile(e.target)) ||
        (e.target === paper.key && inOtherFile(e.source)),
    );
    expect(link, 'the paper has a related paper in another file').toBeDefined();
    {
      const otherKey = link!.source === paper.key ? link!.target : link!.source;
      const other = details.flatMap((d) => d.papers).find((p) => p.key === otherKey)!;
      const otherTitle = map.nodes.find((n) => n.key === otherKey)!.attributes.title;
      await ui(page)
        .related.getByRole('button', { name: startsWith(otherTitle) })
        .click();
      await waitForDetails(page, otherTitle);
      await panel.getByText(other.abstract.slice(0, 80)).waitFor();
      expect(fetched).toHaveLength(2);
    }
  });

  it('searches titles at once and abstracts as their files arrive', async () => {
    // A word of some abstracts that no title or keyphrase has, found in the last file.
    const allPapers = details.flatMap((d) => d.papers);
    const titles = map.nodes.map((n) => n.attributes.title.toLowerCase()).join(' ');
    const phrases = allPapers
      .flatMap((p) => p.keywords)
      .join(' ')
      .toLowerCase();
    const counts = new Map<string, Set<string>>();
    for (const p of allPapers)
      for (const w of p.abstract.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        if (w.length >= 9) counts.set(w, (counts.get(w) ?? new Set()).add(p.key));
    const lastFile = new Set(details.at(-1)!.papers.map((p) => p.key));
    const [word, having] = [...counts].find(
      ([w, keys]) =>
        keys.size <= 40 &&
        !titles.includes(w.slice(0, 7)) &&
        !phrases.includes(w.slice(0, 7)) &&
        [...keys].some((k) => lastFile.has(k)),
    )!;
    const target = [...having].find((k) => lastFile.has(k))!;
    const targetTitle = map.nodes.find((n) => n.key === target)!.attributes.title;

    const { page, fetched } = await openSplit();
    expect(fetched, 'no detail file before the reader asks').toEqual([]);
    await ui(page).search.fill(word);
    await ui(page)
      .results.getByRole('option', { name: startsWith(targetTitle) })
      .waitFor();
    await page.getByText(/Abstracts searched so far/u).waitFor({ state: 'detached' });
    const found = await ui(page).results.getByRole('option').count();
    expect(found).toBeGreaterThanOrEqual(having.size);
    expect(new Set(fetched)).toEqual(new Set(map.attributes.split!.files));
  });

  it('suggests and filters by keyphrases, which come with the detail files', async () => {
    // The keyphrase most papers have: its suggestion is certain once the details are in.
    const counts = new Map<string, number>();
    for (const p of details.flatMap((d) => d.papers))
      for (const k of p.keywords) counts.set(k, (counts.get(k) ?? 0) + 1);
    const [phrase] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const { page } = await openSplit();
    const filter = ui(page).keyphraseFilter;
    await filter.click();
    await filter.pressSequentially(phrase.slice(0, 6));
    const option = page
      .getByRole('listbox', { name: 'Keyphrase suggestions' })
      .getByRole('option', { name: startsWith(phrase) });
    await option.first().click();
    await page.getByText(/papers? mentions? (it|all of them)\./u).waitFor();
    const note = await page.getByText(/papers? mentions? (it|all of them)\./u).innerText();
    expect(Number(note.match(/^(\d+)/u)![1])).toBeGreaterThanOrEqual(counts.get(phrase)!);
  });

  it('downloads the whole map from Share: every detail fetched, a valid graph file', async () => {
    const { page } = await openSplit();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the graph file' }).click();
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as GraphFile;
    expect(graphFileProblems(saved)).toEqual([]);
    expect(saved.attributes.split).toBeUndefined();
    const byKey = new Map(saved.nodes.map((n) => [n.key, n.attributes]));
    for (const part of details)
      for (const { key, ...rest } of part.papers) expect(byKey.get(key)).toMatchObject(rest);
  });
});
