// `papermap export` in-process: --title on a graph file, and where the viewer template comes
// from. The template is a small stand-in (Vite's build is the packed-install test's concern),
// so that these tests check what export puts in the page, quickly.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/cli.ts';
import type { GraphFile } from '../../../src/core/graph-file.ts';
import * as singleFile from '../../../src/cli/single-file.ts';

const TEMPLATE = singleFile.inlineTemplate(
  `<html><head><title>papermap</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head><body></body></html>`,
  'console.log(1)',
  'body{}',
);

vi.mock('../../../src/cli/single-file.ts', async (original) => ({
  ...(await original<typeof import('../../../src/cli/single-file.ts')>()),
  loadSingleFileTemplate: vi.fn(() => Promise.resolve(TEMPLATE)),
}));

const BIB = 'test/fixtures/cli/reading-list.bib';

let dir: string;
let graphFile: string;
let graph: GraphFile;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papermap-export-'));
  graphFile = join(dir, 'graph.json');
  expect((await runCli('build', BIB, '-o', graphFile, '--quiet')).code).toBe(0);
  graph = JSON.parse(await readFile(graphFile, 'utf8')) as GraphFile;
});
afterEach(() => vi.restoreAllMocks());

/** The graph in an exported page's data block. */
async function exported(file: string): Promise<GraphFile> {
  const html = await readFile(file, 'utf8');
  const block = html.match(/<script type="application\/json" id="papermap-data">(.*?)<\/script>/su);
  return JSON.parse(block![1]!) as GraphFile;
}

describe('papermap export of a graph file', () => {
  it('names the map with --title, and changes nothing else', async () => {
    const out = join(dir, 'titled.html');
    const title = 'Workshop </script> papers';
    const result = await runCli('export', graphFile, '--single-file', out, '--title', title);
    expect(result.code).toBe(0);
    const page = await exported(out);
    expect(page.attributes.title).toBe(title);
    expect({ ...page, attributes: { ...page.attributes, title: graph.attributes.title } }).toEqual(
      graph,
    );
  });

  it("keeps the file's own title without --title", async () => {
    const out = join(dir, 'untitled.html');
    expect((await runCli('export', graphFile, '--single-file', out, '-q')).code).toBe(0);
    expect(await exported(out)).toEqual(graph);
  });

  it('says in one line, exit 1, when there is no viewer to export with', async () => {
    vi.mocked(singleFile.loadSingleFileTemplate).mockRejectedValueOnce(
      new singleFile.TemplateError(
        'no viewer to export with: template/single-file.html is missing',
      ),
    );
    const result = await runCli('export', graphFile, '--single-file', join(dir, 'x.html'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'papermap: no viewer to export with: template/single-file.html is missing',
    );
  });
});

describe('papermap export of a split map', () => {
  it('joins the map file with its detail files: the page of the whole map', async () => {
    const split = join(dir, 'split', 'map.json');
    expect((await runCli('build', BIB, '-o', split, '--split', '-q')).code).toBe(0);
    const out = join(dir, 'split.html');
    expect((await runCli('export', split, '--single-file', out, '-q')).code).toBe(0);
    expect(await exported(out)).toEqual(graph);
  });

  it('says in one line which detail file is missing, and writes nothing', async () => {
    const split = join(dir, 'broken', 'map.json');
    expect((await runCli('build', BIB, '-o', split, '--split', '-q')).code).toBe(0);
    await rm(join(dir, 'broken', 'map.details', '0000.json'));
    const out = join(dir, 'broken.html');
    const result = await runCli('export', split, '--single-file', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^papermap: .*map\.json: a split map whose detail files are not all there or not right: .*map\.details\/0000\.json: cannot read \(ENOENT\)$/u,
    );
    await expect(readFile(out, 'utf8')).rejects.toThrow(/ENOENT/u);
  });
});

describe('papermap export of a map too large for one file', () => {
  it('refuses in one line, says the limit, and writes nothing', async () => {
    const big = structuredClone(graph);
    // 51 MB of abstract: past the 50 MB a one-file map holds.
    big.nodes[0]!.attributes.abstract = 'sparse '.repeat((51 * 1024 * 1024) / 7);
    const input = join(dir, 'big.json');
    await writeFile(input, JSON.stringify(big));
    const out = join(dir, 'big.html');
    const result = await runCli('export', input, '--single-file', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^papermap: the map is 51\.\d MB of data, too large for one file \(at most 50\.0 MB, what a browser opens comfortably\); serve its graph file with the app instead \(\?data=\)\n?$/u,
    );
    await expect(readFile(out, 'utf8')).rejects.toThrow(/ENOENT/u);
  });
});

describe('loadSingleFileTemplate outside a checkout', () => {
  const actual = () => vi.importActual<typeof singleFile>('../../../src/cli/single-file.ts');

  it('reads the template an installed package ships', async () => {
    const root = await mkdtemp(join(tmpdir(), 'papermap-installed-'));
    await mkdir(join(root, 'template'));
    await writeFile(join(root, singleFile.PACKAGED_TEMPLATE), TEMPLATE);
    const { loadSingleFileTemplate } = await actual();
    expect(await loadSingleFileTemplate(root)).toBe(TEMPLATE);
  });

  it('without one (and no Vite) throws a TemplateError that names the missing file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'papermap-broken-'));
    const { loadSingleFileTemplate } = await actual();
    await expect(loadSingleFileTemplate(root)).rejects.toThrow(singleFile.TemplateError);
    await expect(loadSingleFileTemplate(root)).rejects.toThrow(
      join(root, 'template/single-file.html'),
    );
  });
});
