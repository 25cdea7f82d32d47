// Graph files the tests open with ?data=, written next to the built app at setup: a file that is
// not JSON, a graph file with known problems, and maps whose text holds HTML/script payloads.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphFile } from '../../../src/core/graph-file.ts';
import { buildMap } from './site.ts';

export const FIXTURES = {
  notJson: 'not-json.json',
  invalidGraph: 'invalid-graph.json',
  /** Built by the CLI from test/e2e/fixtures/xss-papers.json. */
  xss: 'xss.json',
  /** The same map edited by hand, as a hostile file could be: payloads in every text field. */
  xssRaw: 'xss-raw.json',
} as const;

/** Where each payload would write if it ran; the tests check that none of them did. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload=window.__xss=3>',
];

/** The problems that the invalid graph file has, as the validator names them. */
export const INVALID_GRAPH_PROBLEMS = ['nodes[3].attributes.title', 'edges[0].target'];

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
  await writeFile(join(servedDir, FIXTURES.xssRaw), JSON.stringify(raw));
}
