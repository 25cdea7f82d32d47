import { describe, expect, it } from 'vitest';
import { splitGraphFile } from '../../../src/core/split-map.ts';
import { parseGraphText } from '../../../src/app/load/load-graph.ts';
import { MapDetails } from '../../../src/app/state/map-details.ts';
import { buildMapIndex } from '../../../src/app/state/map-index.ts';
import { buildTextIndex } from '../../../src/app/state/text-index.ts';
import { fixtureFile } from './fixture.ts';

/** A split fixture map served from https://maps.example/m/g.json; records what was fetched. */
function served(change: (files: Map<string, unknown>) => void = () => {}) {
  const whole = fixtureFile();
  const { map, details } = splitGraphFile(whole, 'g.details', 2);
  const files = new Map<string, unknown>(
    details.map((d) => [`https://maps.example/m/${d.path}`, d.file]),
  );
  change(files);
  const fetched: string[] = [];
  const fetchImpl = (async (url: string) => {
    fetched.push(url);
    const body = files.get(url);
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(JSON.stringify(body));
  }) as typeof fetch;
  const graph = parseGraphText(JSON.stringify(map), 'g.json');
  const arrived: string[][] = [];
  const loader = new MapDetails(
    graph,
    map.attributes.split!,
    'https://maps.example/m/g.json',
    (keys) => arrived.push([...keys]),
    fetchImpl,
  );
  return { whole, graph, loader, fetched, arrived };
}

describe("a split map's details", () => {
  it('fetches the part of a paper the reader opens, and only that part', async () => {
    const { whole, graph, loader, fetched, arrived } = served();
    const third = whole.nodes[2]!;
    expect(loader.has(third.key)).toBe(false);
    expect(graph.getNodeAttribute(third.key, 'abstract')).toBe('');
    const before = graph.getNodeAttributes(third.key);
    await Promise.all([loader.loadFor(third.key), loader.loadFor(third.key)]);
    expect(fetched).toEqual(['https://maps.example/m/g.details/0001.json']);
    expect(arrived).toEqual([[whole.nodes[2]!.key, whole.nodes[3]!.key]]);
    expect(loader.has(third.key)).toBe(true);
    expect(loader.has(whole.nodes[0]!.key)).toBe(false);
    // Everything the whole map says of the paper, in a new object (what panels derive from).
    expect(graph.getNodeAttributes(third.key)).toEqual(third.attributes);
    expect(graph.getNodeAttributes(third.key)).not.toBe(before);
  });

  it('fetches every part in order for full-text search, each once', async () => {
    const { whole, graph, loader, fetched } = served();
    await loader.loadFor(whole.nodes[4]!.key);
    await loader.loadAll();
    expect(loader.loadedParts).toBe(loader.parts);
    expect(new Set(fetched).size).toBe(fetched.length);
    for (const n of whole.nodes) expect(graph.getNodeAttributes(n.key)).toEqual(n.attributes);
  });

  it('says which file is missing or wrong, and tries again when asked', async () => {
    let files!: Map<string, unknown>;
    const { whole, loader } = served((f) => {
      files = f;
      f.delete('https://maps.example/m/g.details/0000.json');
      f.set('https://maps.example/m/g.details/0001.json', { schema: 'other' });
    });
    await expect(loader.loadFor(whole.nodes[0]!.key)).rejects.toThrow(
      'the server answered 404 for g.details/0000.json',
    );
    await expect(loader.loadFor(whole.nodes[2]!.key)).rejects.toThrow(
      /g\.details\/0001\.json is not this map's: details part 1\.schema/u,
    );
    const { details } = splitGraphFile(fixtureFile(), 'g.details', 2);
    files.set('https://maps.example/m/g.details/0000.json', details[0]!.file);
    await loader.loadFor(whole.nodes[0]!.key);
    expect(loader.has(whole.nodes[0]!.key)).toBe(true);
  });

  it('makes abstracts searchable as their parts arrive', async () => {
    const { whole, graph, loader } = served();
    const index = buildMapIndex(graph);
    const text = buildTextIndex(graph, index.texts);
    // "SGD" is in one paper's abstract and keyphrases, in no title: found once they are here.
    const paper = whole.nodes[3]!;
    const word = 'SGD';
    const searchedFor = () => text.search(word) ?? [];
    expect(searchedFor()).not.toContain(paper.key);
    await loader.loadFor(paper.key);
    const keys = [paper.key, whole.nodes[4]!.key];
    index.refreshTexts(keys, false);
    text.refresh(keys, false);
    expect(searchedFor()).toEqual([paper.key]);
  });
});
