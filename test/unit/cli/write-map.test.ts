// How `papermap build` writes a map: one file, or a split map's map file and detail files.
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphFileProblems, type GraphFile } from '../../../src/core/graph-file.ts';
import { SPLIT_ABOVE_BYTES } from '../../../src/core/split-map.ts';
import { readDetails } from '../../../src/cli/read-map.ts';
import { writeMap } from '../../../src/cli/write-map.ts';
import { runCli } from '../../support/cli.ts';

const BIB = 'test/fixtures/cli/reading-list.bib';

let dir: string;
let whole: GraphFile;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'papermap-write-map-'));
  expect((await runCli('build', BIB, '-o', join(dir, 'whole.json'), '-q')).code).toBe(0);
  whole = JSON.parse(await readFile(join(dir, 'whole.json'), 'utf8')) as GraphFile;
});

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as GraphFile;

describe('papermap build --split', () => {
  it('writes a valid map file, its detail files beside it, and says so', async () => {
    const out = join(dir, 'maps', 'reading.json');
    const result = await runCli('build', BIB, '-o', out, '--split');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Split: the map file \(.+\) opens first; the papers' abstracts, authors and keyphrases are in 1 file in .*reading\.details\/ \(.+\), fetched as readers open papers or search\. Serve the folder with the map file\./u,
    );
    const map = await readJson(out);
    expect(graphFileProblems(map)).toEqual([]);
    expect(map.attributes.split!.files).toEqual(['reading.details/0000.json']);
    expect(await readdir(join(dir, 'maps', 'reading.details'))).toEqual(['0000.json']);
    expect(await readDetails(out, map)).toMatchObject({ problems: [] });
  });

  it('writes a small map as one file unless told, the same bytes as --no-split', async () => {
    const auto = join(dir, 'auto.json');
    const never = join(dir, 'never.json');
    expect((await runCli('build', BIB, '-o', auto, '-q')).code).toBe(0);
    expect((await runCli('build', BIB, '-o', never, '-q', '--no-split')).code).toBe(0);
    expect(await readFile(auto, 'utf8')).toBe(await readFile(never, 'utf8'));
    expect((await readJson(auto)).attributes.split).toBeUndefined();
    await expect(readdir(join(dir, 'auto.details'))).rejects.toThrow(/ENOENT/u);
  });

  it('splits a map above the threshold by itself', async () => {
    const big = structuredClone(whole);
    const abstract = 'sparse '.repeat(SPLIT_ABOVE_BYTES / 7 / big.nodes.length + 10);
    for (const n of big.nodes) n.attributes.abstract = abstract;
    const out = join(dir, 'big.json');
    const written = await writeMap(out, big, 'auto');
    expect(written.details?.files).toBe(1);
    expect(written.bytes).toBeLessThan(SPLIT_ABOVE_BYTES / 10);
    expect((await readJson(out)).attributes.split).toBeDefined();
  });

  it('leaves no detail file of an earlier build, and none of a split build when one file', async () => {
    const out = join(dir, 'again.json');
    const folder = join(dir, 'again.details');
    await mkdir(folder);
    await writeFile(join(folder, '0007.json'), '{}');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await writeMap(out, whole, 'always');
    expect((await readdir(folder)).sort()).toEqual(['0000.json', 'notes.txt']);
    await writeMap(out, whole, 'never');
    expect(await readdir(folder)).toEqual(['notes.txt']);
    expect(await readFile(out, 'utf8')).toBe(JSON.stringify(whole) + '\n');
  });

  it('is deterministic: the same input gives the same files', async () => {
    const a = join(dir, 'a', 'm.json');
    const b = join(dir, 'b', 'm.json');
    for (const out of [a, b])
      expect((await runCli('build', BIB, '-o', out, '-q', '--split')).code).toBe(0);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
    const part = (file: string) => readFile(join(file, '..', 'm.details', '0000.json'), 'utf8');
    expect(await part(a)).toBe(await part(b));
  });
});
