// The export formats end to end: files as researchers download them, through the command line,
// into a map and a report that accounts for every record.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { validateGraphFile, type GraphFile } from '../../../src/core/graph-file.ts';
import type { BuildReport } from '../../../src/core/report.ts';

const FIXTURES = 'test/fixtures/formats';
const EXPORTS = [
  'zotero.ris',
  'pubmed-export.txt',
  'wos-savedrecs.txt',
  'openalex-works.json',
  'zotero-csl.json',
  'jabref.bib',
].map((name) => `${FIXTURES}/${name}`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papermap-formats-'));
});
afterEach(() => vi.restoreAllMocks());

const run = runCli;

const readJson = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

describe('papermap build from one export of each format', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let report: BuildReport;
  let graph: GraphFile;
  beforeAll(async () => {
    const out = join(dir, 'exports.json');
    const reportFile = join(dir, 'exports-report.json');
    result = await run('build', ...EXPORTS, '-o', out, '--report', reportFile);
    report = await readJson<BuildReport>(reportFile);
    graph = validateGraphFile(await readJson(out));
  });

  it('detects each format from its extension or content', () => {
    expect(result.code).toBe(0);
    expect(report.inputs.map((i) => [i.name.split('/').pop(), i.format, i.records])).toEqual([
      ['zotero.ris', 'ris', 4],
      ['pubmed-export.txt', 'pubmed', 4],
      ['wos-savedrecs.txt', 'wos', 3],
      ['openalex-works.json', 'openalex', 5],
      ['zotero-csl.json', 'csl-json', 4],
      ['jabref.bib', 'bibtex', 3],
    ]);
  });

  it('accounts for every record: nodes + merged + rejected', () => {
    const { counts } = report;
    expect(counts).toMatchObject({ records: 23, nodes: 18, merged: 1, rejected: 4 });
    expect(counts.records).toBe(counts.nodes + counts.merged + counts.rejected);
    expect(result.stdout).toContain(
      'Read 23 records from 6 file(s): 18 papers, 1 merged as duplicates, 4 rejected.',
    );
    expect(graph.nodes).toHaveLength(18);
  });

  it('reports each rejected record with its place, one line each', () => {
    expect(result.stderr.split('\n')).toEqual([
      `papermap: skipped ${FIXTURES}/zotero.ris:50: no title and no abstract`,
      `papermap: skipped ${FIXTURES}/pubmed-export.txt:124 (29083456): no title and no abstract`,
      `papermap: skipped ${FIXTURES}/openalex-works.json item 4 (W4210000000): no title and no abstract`,
      `papermap: skipped ${FIXTURES}/zotero-csl.json item 3 (PZ4W7N2K): no title and no abstract`,
    ]);
  });

  it('merges the same paper exported from Zotero and from OpenAlex, by DOI', () => {
    const merged = report.records.find((r) => r.status === 'merged');
    expect(merged).toMatchObject({
      where: `${FIXTURES}/openalex-works.json item 1 (W4313679238)`,
      into: 'doi:10.48550/arxiv.2301.00774',
    });
  });

  it('keeps OpenAlex abstracts, PubMed DOIs and BibTeX entries with a lone $', () => {
    const byTitle = (start: string) =>
      graph.nodes.find((n) => n.attributes.title.startsWith(start))!.attributes;
    expect(byTitle('A Simple and Effective Pruning').abstract).toMatch(/^As their size increases/);
    expect(byTitle('Highly accurate protein').doi).toBe('10.1038/s41586-021-03819-2');
    expect(byTitle('Stochastic First- and Zeroth-Order').authors).toEqual([
      'Saeed Ghadimi',
      'Guanghui Lan',
    ]);
    expect(byTitle('Rigging the Lottery').authors).toContain('Pablo Samuel Castro');
  });
});

describe('papermap build on exports that need their content read', () => {
  it('reads an RIS export saved as .txt, and a Web of Science one named by --format', async () => {
    const ris = join(dir, 'scopus-export.txt');
    await copyFile(`${FIXTURES}/scopus.ris`, ris);
    const wos = join(dir, 'savedrecs.dat');
    await copyFile(`${FIXTURES}/wos-thomson.txt`, wos);
    const reportFile = join(dir, 'txt-report.json');
    const result = await run(
      'build',
      ris,
      `${FIXTURES}/citations.nbib`,
      '-o',
      join(dir, 'txt.json'),
      '--report',
      reportFile,
      '--quiet',
    );
    expect(result.code).toBe(0);
    const report = await readJson<BuildReport>(reportFile);
    expect(report.inputs.map((i) => i.format)).toEqual(['ris', 'pubmed']);
    expect(report.counts).toMatchObject({ records: 5, nodes: 5 });

    const named = await run('build', wos, '--format', 'wos', '-o', join(dir, 'wos.json'), '-q');
    expect(named.code).toBe(0);
    expect(named.stderr).toBe(
      `papermap: skipped ${wos}:39 (WOS:000000000000000): no title and no abstract`,
    );
  });

  it('says in one line that a single usable record cannot make a map', async () => {
    const result = await run(
      'build',
      `${FIXTURES}/openalex-work.json`,
      '-o',
      join(dir, 'one.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `papermap: ${FIXTURES}/openalex-work.json: found 1 usable paper (0 rejected); a map needs at least 2`,
    );
  });

  it('names the new formats when --format is unknown', async () => {
    const result = await run('build', 'x.txt', '--format', 'endnote', '-o', join(dir, 'x.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /unknown format "endnote" \(use listing, .*, ris, pubmed, wos, openalex or csl-json\)/,
    );
  });
});
