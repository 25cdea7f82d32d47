// Drives the command line as a user would: real files in, graph file and report out.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { validateGraphFile, type GraphFile } from '../../../src/core/graph-file.ts';
import type { BuildReport } from '../../../src/core/report.ts';

const SEED_CORPUS = 'data/sparsity-papers.txt';
const BIB = 'test/fixtures/cli/reading-list.bib';
const CSV = 'test/fixtures/cli/reading-list.csv';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papermap-cli-'));
});
afterEach(() => vi.restoreAllMocks());

const run = runCli;

const readJson = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

describe('papermap build on the default corpus', () => {
  let graph: GraphFile;
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run('build', SEED_CORPUS, '-o', join(dir, 'seed.json'));
    graph = validateGraphFile(await readJson(join(dir, 'seed.json')));
  });

  it('writes a valid graph file with all 47 papers and no page chrome', () => {
    expect(result.code).toBe(0);
    expect(graph.nodes).toHaveLength(47);
    const titles = graph.nodes.map((n) => n.attributes.title);
    expect(titles[0]).toBe('Training Long-Context LLMs Efficiently via Chunk-wise Optimization');
    for (const chrome of ['new', 'Subscribe', 'Jul 11', 'byAK and the research community'])
      expect(titles).not.toContain(chrome);
  });

  it('links papers, keeps why-related terms and labels its clusters', () => {
    expect(graph.edges.length).toBeGreaterThanOrEqual(47 * 4);
    // A link whose papers share only broad words ("task", "strategy") shows none rather than
    // a meaningless one; nearly every link has topical terms to show.
    const explained = graph.edges.filter((e) => e.attributes.shared.length > 0);
    expect(explained.length / graph.edges.length).toBeGreaterThan(0.9);
    const { clusters } = graph.attributes;
    expect(clusters.length).toBeGreaterThanOrEqual(3);
    expect(new Set(clusters.map((c) => c.label)).size).toBe(clusters.length);
    expect(clusters.reduce((n, c) => n + c.size, 0)).toBe(47);
  });

  it('prints a summary with the counts and cluster labels', () => {
    expect(result.stdout).toContain(
      'Read 47 records from 1 file(s): 47 papers, 0 merged as duplicates, 0 rejected.',
    );
    for (const c of graph.attributes.clusters) expect(result.stdout).toContain(c.label);
  });

  it('is byte-identical when built again with the same options', async () => {
    await run('build', SEED_CORPUS, '-o', join(dir, 'seed-again.json'), '--quiet');
    const [a, b] = await Promise.all([
      readFile(join(dir, 'seed.json')),
      readFile(join(dir, 'seed-again.json')),
    ]);
    expect(a.equals(b)).toBe(true);
  });
});

describe('papermap build with bad records', () => {
  it('builds the rest, reports each rejected record with its place, and accounts for all', async () => {
    const out = join(dir, 'list.json');
    const report = join(dir, 'report.json');
    const result = await run('build', BIB, CSV, '-o', out, '--report', report, '--quiet');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped test\/fixtures\/cli\/reading-list\.bib:\d+.*broken2023/);
    expect(result.stderr).toMatch(
      /skipped test\/fixtures\/cli\/reading-list\.csv:5: no title and no abstract$/m,
    );
    const r = await readJson<BuildReport>(report);
    const { counts } = r;
    expect(counts.records).toBe(counts.nodes + counts.merged + counts.rejected);
    expect(counts).toMatchObject({ nodes: 7, merged: 1, rejected: 2, titleDerived: 1 });
    const merged = r.records.find((x) => x.status === 'merged');
    expect(merged).toMatchObject({ where: expect.stringContaining('reading-list.csv:2') });
    const graph = validateGraphFile(await readJson(out));
    expect(graph.nodes).toHaveLength(7);
    const untitled = graph.nodes.filter((n) => n.attributes.titleDerived);
    expect(untitled.map((n) => n.attributes.title)).toEqual([
      'Magnitude pruning after training removes most weights of a network…',
    ]);
    expect(r.records.find((x) => x.where === 'test/fixtures/cli/reading-list.csv:4')).toEqual({
      where: 'test/fixtures/cli/reading-list.csv:4',
      status: 'node',
      id: untitled[0].key,
      title: untitled[0].attributes.title,
      titleDerived: true,
    });
    const sparsegpt = graph.nodes.find((n) => n.attributes.title.startsWith('SparseGPT'))!;
    expect(sparsegpt.attributes.doi).toBe('10.48550/arxiv.2301.00774');
    expect(sparsegpt.attributes.abstract).toMatch(/pruned to at least 50% sparsity/);
    const bricken = graph.nodes.find((n) => n.attributes.title.startsWith('Towards Mono'))!;
    expect(bricken.attributes.authors).toContain('Brian Chén');
  });
});

describe('papermap build with files that are not UTF-8', () => {
  it('reads Windows-1252 and UTF-16 files with their accents, and says so in one line and in the report', async () => {
    const entries = [
      ['chen2021', 'Sparse coding of natural images', 'Brian Chén and Zoë Müller'],
      ['muller2022', 'Sparse autoencoders for vision models', 'Jürgen Löw'],
      ['lowe2023', 'Dictionary learning with sparse codes', 'Renée Dubé'],
    ];
    const bib = entries
      .map(
        ([key, title, authors]) =>
          `@article{${key},\n  title = {${title}},\n  author = {${authors}},\n  year = {2021},\n` +
          `  abstract = {We study ${title.toLowerCase()} with sparse codes, dictionaries and ` +
          `autoencoders, and compare sparse coding with learned dictionaries on natural images.}\n}\n`,
      )
      .join('\n');
    const latin = join(dir, 'old-jabref.bib');
    await writeFile(latin, Buffer.from(bib, 'latin1')); // every character here is in Latin-1
    const wide = join(dir, 'excel-unicode.csv');
    const csv =
      'title,authors,abstract\n' +
      '"Zoë\'s sparse dictionaries","Zoë Müller","Sparse coding with dictionaries and autoencoders for natural images."\n';
    await writeFile(wide, Buffer.from('\ufeff' + csv, 'utf16le'));
    const out = join(dir, 'encodings.json');
    const report = join(dir, 'encodings-report.json');
    const result = await run('build', latin, wide, '-o', out, '--report', report, '--quiet');
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      `papermap: ${latin}: not valid UTF-8; read as Windows-1252 (Latin-1): check its accented letters`,
      `papermap: ${wide}: read as UTF-16LE (its byte-order mark says so)`,
    ]);
    const r = await readJson<BuildReport>(report);
    expect(r.inputs.map((i) => [i.format, i.records, i.encoding])).toEqual([
      ['bibtex', 3, 'windows-1252'],
      ['csv', 1, 'utf-16le'],
    ]);
    const graph = validateGraphFile(await readJson(out));
    const authors = graph.nodes.flatMap((n) => n.attributes.authors);
    expect(authors).toEqual(
      expect.arrayContaining(['Brian Chén', 'Zoë Müller', 'Jürgen Löw', 'Renée Dubé']),
    );
    expect(JSON.stringify(graph)).not.toContain('\ufffd');
  });
});

describe('papermap build with untitled records', () => {
  it('says in the summary how many papers were titled from their abstracts', async () => {
    const result = await run('build', BIB, CSV, '-o', join(dir, 'untitled.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Read 10 records from 2 file(s): 7 papers (1 titled from its abstract), 1 merged as duplicates, 2 rejected.',
    );
  });
});

describe('papermap user errors: one clear line, exit code 2', () => {
  it.each([
    [['build', 'nope.bib', '-o', 'x.json'], 'papermap: nope.bib: no such file'],
    [['build', 'test', '-o', 'x.json'], 'papermap: test: is a directory, not a file'],
    [['build', SEED_CORPUS], 'papermap: build needs an output file: -o <graph.json>'],
  ])('%j', async (argv, line) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(line);
  });

  it('refuses a file whose format it cannot tell', async () => {
    const file = join(dir, 'notes.dat');
    await writeFile(file, '\u0001\u0002 ?? ::\n');
    const result = await run('build', file, '-o', join(dir, 'x.json'));
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${file}: `);
  });

  it('refuses to map fewer than two papers', async () => {
    const file = join(dir, 'one.json');
    await writeFile(file, JSON.stringify([{ title: 'Only paper', abstract: 'Alone.' }, 42]));
    const result = await run('build', file, '-o', join(dir, 'x.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /one\.json: found 1 usable paper \(1 rejected\); a map needs at least 2$/,
    );
  });
});

describe('the command', () => {
  it('runs from bin/papermap.js, as npm run papermap and an installed papermap do, and prints its usage', async () => {
    const { stdout } = await promisify(execFile)('node', ['bin/papermap.js', '--help']);
    expect(stdout).toContain('Usage: papermap build <inputs...> -o <graph.json>');
  });
});
