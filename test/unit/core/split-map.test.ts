import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFileProblems, type GraphFile } from '../../../src/core/graph-file.ts';
import {
  DETAIL_FIELDS,
  detailsFileProblems,
  detailsFolderName,
  joinGraphFile,
  partKeys,
  splitGraphFile,
} from '../../../src/core/split-map.ts';

// The golden reading-list map: every optional field a paper can have is in it.
const golden = (): GraphFile =>
  (JSON.parse(readFileSync('test/golden/reading-list.json', 'utf8')) as { graph: GraphFile }).graph;

describe('split maps', () => {
  it('splits a map into a valid map file and detail files, and joins them back byte for byte', () => {
    const whole = golden();
    const { map, details } = splitGraphFile(whole, 'reading-list.details', 3);
    expect(graphFileProblems(map)).toEqual([]);
    expect(map.attributes.split).toEqual({
      papers: whole.nodes.length,
      perFile: 3,
      files: details.map((d) => d.path),
    });
    expect(details[0]!.path).toBe('reading-list.details/0000.json');
    expect(details).toHaveLength(Math.ceil(whole.nodes.length / 3));
    // The map file keeps what the first view needs and nothing of the details.
    for (const n of map.nodes) {
      for (const f of DETAIL_FIELDS) expect(n.attributes).not.toHaveProperty(f);
      expect(n.attributes).toHaveProperty('title');
      expect(n.attributes).toHaveProperty('x');
    }
    expect(map.edges).toEqual(whole.edges);
    const keys = partKeys(
      map.nodes.map((n) => n.key),
      map.attributes.split!,
    );
    details.forEach((d, part) =>
      expect(detailsFileProblems(d.file, part, keys[part]!)).toEqual([]),
    );
    const joined = joinGraphFile(
      map,
      details.map((d) => d.file),
    );
    expect(JSON.stringify(joined)).toBe(JSON.stringify(whole));
  });

  it('refuses a map file whose nodes keep details, or whose detail files are elsewhere', () => {
    const { map } = splitGraphFile(golden(), 'g.details', 4);
    const withAbstract = structuredClone(map);
    (withAbstract.nodes[2]!.attributes as { abstract?: string }).abstract = 'text';
    expect(graphFileProblems(withAbstract)).toEqual([
      'nodes[2].attributes.abstract: belongs in the detail files of a split map',
    ]);
    for (const file of ['../secret.json', 'https://elsewhere.example/x.json', '/etc/x.json']) {
      const elsewhere = structuredClone(map);
      elsewhere.attributes.split!.files[0] = file;
      expect(graphFileProblems(elsewhere).join()).toMatch(/attributes\.split\.files/u);
    }
    const wrongCount = structuredClone(map);
    wrongCount.attributes.split!.files.pop();
    expect(graphFileProblems(wrongCount).join()).toMatch(/expected \d+ files/u);
  });

  it("says which detail file is not the map's, and where", () => {
    const { map, details } = splitGraphFile(golden(), 'g.details', 4);
    const keys = partKeys(
      map.nodes.map((n) => n.key),
      map.attributes.split!,
    );
    expect(detailsFileProblems(details[1]!.file, 0, keys[0]!)).toContain(
      'details part 0.part: expected 0, found 1',
    );
    const broken = structuredClone(details[0]!.file);
    (broken.papers[1] as { abstract: unknown }).abstract = 7;
    broken.papers[2]!.key = 'someone-else';
    expect(detailsFileProblems(broken, 0, keys[0]!)).toEqual([
      'details part 0.papers[1].abstract: expected a string',
      `details part 0.papers[2].key: expected "${keys[0]![2]}" (the map file's order), found "someone-else"`,
    ]);
    expect(detailsFileProblems('nope', 0, keys[0]!)).toEqual([
      'details part 0: expected a JSON object',
    ]);
  });

  it('names the detail folder after the map file', () => {
    expect(detailsFolderName('map.json')).toBe('map.details');
    expect(detailsFolderName('big')).toBe('big.details');
  });
});
