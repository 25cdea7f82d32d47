// Graph files the tests open with ?data=, written next to the built app at setup: a file that is
// not JSON, a graph file with known problems, and maps whose text holds HTML/script payloads.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphFile } from '../../../src/core/graph-file.ts';
import { buildMap, repoRoot } from './site.ts';
import { withTour } from './tour.ts';

export const FIXTURES = {
  notJson: 'not-json.json',
  invalidGraph: 'invalid-graph.json',
  /** Built by the CLI from test/e2e/fixtures/xss-papers.json. */
  xss: 'xss.json',
  /** The same map edited by hand, as a hostile file could be: payloads in every text field. */
  xssRaw: 'xss-raw.json',
  /** The default map with made-up sub-topics (see `withTopics`), whatever the pipeline gives. */
  topics: 'topics.json',
  /** The default map with a three-step guided tour (support/tour.ts). */
  tour: 'tour-views.json',
  /**
   * The default map's papers as a BibTeX file with made-up years, venues and citation counts
   * (`timeBibtex`), built by the CLI, with two guided views: colour by year, then since 2023.
   */
  time: 'time.json',
  /** Larger maps from the shared arXiv dataset (`ARXIV_DATASET`), when it is there. */
  arxiv232: 'arxiv-232.json',
  arxiv1000: 'arxiv-1000.json',
} as const;

/**
 * 1,000 arXiv records (title, abstract, categories) shared by the team's machines, outside the
 * repository; the tests that open the maps built from it skip without it.
 */
export const ARXIV_DATASET = join(repoRoot, '..', 'shared', 'datasets', 'arxiv10_1k.jsonl');

/** Where each payload would write if it ran; the tests check that none of them did. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload=window.__xss=3>',
];

/** The problems that the invalid graph file has, as the validator names them. */
export const INVALID_GRAPH_PROBLEMS = ['nodes[3].attributes.title', 'edges[0].target'];

/**
 * Sub-topics for a map, made the way a reader would see them on it: each cluster of at least
 * `minSize` papers is cut into `size / 8` (2 to 3) slices by angle around its centroid, so each
 * topic is a region of the map; a topic is labelled by its papers' most frequent keyphrase (a
 * different one for each topic). Smaller clusters keep no topics.
 */
export function withTopics(file: GraphFile, minSize = 10): GraphFile {
  const out = structuredClone(file);
  const used = new Set<string>();
  out.attributes.topics = [];
  for (const n of out.nodes) n.attributes.topic = null;
  let nextId = 100;
  for (const c of out.attributes.clusters) {
    const members = out.nodes.filter((n) => n.attributes.cluster === c.id);
    if (members.length < minSize) continue;
    const cx = members.reduce((s, n) => s + n.attributes.x, 0) / members.length;
    const cy = members.reduce((s, n) => s + n.attributes.y, 0) / members.length;
    const angle = (n: (typeof members)[number]) =>
      Math.atan2(n.attributes.y - cy, n.attributes.x - cx);
    members.sort((a, b) => angle(a) - angle(b) || (a.key < b.key ? -1 : 1));
    const k = Math.min(3, Math.max(2, Math.round(members.length / 8)));
    for (let i = 0; i < k; i++) {
      const part = members.slice(
        Math.floor((i * members.length) / k),
        Math.floor(((i + 1) * members.length) / k),
      );
      const df = new Map<string, number>();
      for (const n of part)
        for (const kw of new Set(n.attributes.keywords.map((w) => w.toLowerCase())))
          if (!used.has(kw)) df.set(kw, (df.get(kw) ?? 0) + 1);
      const [label] = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [
        `part ${i + 1}`,
      ];
      used.add(label);
      const id = nextId++;
      out.attributes.topics.push({
        id,
        cluster: c.id,
        label,
        keywords: [label],
        size: part.length,
      });
      for (const n of part) n.attributes.topic = id;
    }
  }
  return out;
}

/** Venues for the time fixture: ten, so the top eight get colours and two are "other". */
const VENUES = [
  'NeurIPS',
  'ICML',
  'ICLR',
  'NeurIPS',
  'TMLR',
  'AAAI',
  'ICML',
  'COLT',
  'JMLR',
  'ICLR',
  'UAI',
  'AISTATS',
];

/** BibTeX text with braces, backslashes and the characters LaTeX treats as special made plain. */
const bibText = (s: string) =>
  s
    .replace(/[\\{}]/g, '')
    .replace(/[%&$#_]/g, (c) => `\\${c}`)
    .replace(/[\^~]/g, ' ');

/**
 * The map's papers as BibTeX, with years 2016–2024 (every eleventh paper none), venues (every
 * ninth none) and citation counts (every fifth none), deterministic in the papers' order. Made
 * up, for the tests only: the shipped map's input has no years.
 */
export function timeBibtex(file: GraphFile): string {
  return file.nodes
    .map(({ attributes: a }, i) => {
      const fields = [
        `  title = {${bibText(a.title)}}`,
        `  abstract = {${bibText(a.abstract)}}`,
        ...(i % 11 === 10 ? [] : [`  year = {${2016 + ((i * 7) % 9)}}`]),
        ...(i % 9 === 8 ? [] : [`  journal = {${VENUES[(i * 5) % VENUES.length]}}`]),
        ...(i % 5 === 4 ? [] : [`  citations = {${(i * 37) % 211}}`]),
      ];
      return `@article{paper${i},\n${fields.join(',\n')}\n}\n`;
    })
    .join('\n');
}

const readGraph = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as GraphFile;

export async function writeFixtures(servedDir: string): Promise<void> {
  // Written here rather than kept in fixtures/, where it would trip the formatter's JSON parser.
  await writeFile(
    join(servedDir, FIXTURES.notJson),
    '{ "attributes": { "schema": "papermap/1", "title": "cut off here',
  );

  const invalid = await readGraph(join(servedDir, 'graph.json'));
  (invalid.nodes[3].attributes as unknown as Record<string, unknown>).title = 42;
  invalid.edges[0].target = 'no-such-paper';
  await writeFile(join(servedDir, FIXTURES.invalidGraph), JSON.stringify(invalid));

  const map = await readGraph(join(servedDir, 'graph.json'));
  await writeFile(join(servedDir, FIXTURES.topics), JSON.stringify(withTopics(map)));
  await writeFile(join(servedDir, FIXTURES.tour), JSON.stringify(withTour(map)));

  const xssFile = join(servedDir, FIXTURES.xss);
  await buildMap('test/e2e/fixtures/xss-papers.json', xssFile, ['--title', 'XSS <b>probe</b>']);
  const raw = await readGraph(xssFile);
  raw.attributes.title = `Map ${PAYLOADS[0]}`;
  raw.attributes.clusters.forEach((c, i) => {
    c.label = `${PAYLOADS[i % PAYLOADS.length]} ${c.label}`;
    c.keywords.unshift(PAYLOADS[i % PAYLOADS.length]);
  });
  raw.nodes.forEach(({ attributes: a }, i) => {
    a.keywords.unshift(PAYLOADS[i % PAYLOADS.length]);
    a.venue = PAYLOADS[(i + 1) % PAYLOADS.length];
    a.links.push('javascript:window.__xss=5');
    if (i === 0) a.url = 'javascript:window.__xss=4';
  });
  raw.edges.forEach(({ attributes: a }, i) => a.shared.unshift(PAYLOADS[i % PAYLOADS.length]));
  // Every paper now has a venue: the file says so, as the validator requires.
  raw.attributes.fields = [...new Set([...(raw.attributes.fields ?? []), 'venue' as const])];
  await writeFile(join(servedDir, FIXTURES.xssRaw), JSON.stringify(raw));

  const bib = join(servedDir, 'time-papers.bib');
  await writeFile(bib, timeBibtex(map));
  const timeFile = join(servedDir, FIXTURES.time);
  await buildMap(bib, timeFile, ['--title', 'Sparsity papers by year']);
  const timed = await readGraph(timeFile);
  const blank = { paper: null, hide: [], kw: [], q: '', cam: null };
  timed.attributes.views = [
    { id: 'v1', caption: 'The whole field, by year', state: { ...blank, color: 'year' } },
    {
      id: 'v2',
      caption: 'What appeared since 2023',
      state: { ...blank, color: 'year', years: [2023, 2024] },
    },
  ];
  await writeFile(timeFile, JSON.stringify(timed));

  if (existsSync(ARXIV_DATASET)) {
    const first232 = join(servedDir, 'arxiv-232.jsonl');
    const lines = (await readFile(ARXIV_DATASET, 'utf8')).split('\n').filter((l) => l.trim());
    await writeFile(first232, `${lines.slice(0, 232).join('\n')}\n`);
    await buildMap(first232, join(servedDir, FIXTURES.arxiv232));
    await buildMap(ARXIV_DATASET, join(servedDir, FIXTURES.arxiv1000));
  }
}
