import { describe, expect, it } from 'vitest';
import { LoadError, loadGraph } from '../../../src/app/load/load-graph.ts';
import { splitGraphFile } from '../../../src/core/split-map.ts';
import { fixtureFile } from './fixture.ts';

const respond =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

async function failure(p: Promise<unknown>): Promise<LoadError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(LoadError);
    return e as LoadError;
  }
  throw new Error('expected a LoadError');
}

describe('loading a graph file', () => {
  it('loads and validates a good file', async () => {
    const graph = await loadGraph('x.json', { fetchImpl: respond(JSON.stringify(fixtureFile())) });
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
    expect(graph.getAttribute('title')).toBe('Fixture map');
  });

  it('says when the file cannot be reached', async () => {
    const e = await failure(
      loadGraph('https://nowhere.invalid/x.json', {
        fetchImpl: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    expect(e.kind).toBe('unreachable');
    expect(e.message).toMatch(/could not be reached/u);
    expect(e.details).toEqual(['Failed to fetch']);
  });

  it('says what the server answered', async () => {
    const e = await failure(
      loadGraph('x.json', { fetchImpl: respond('no', { status: 404, statusText: 'Not Found' }) }),
    );
    expect(e.kind).toBe('http');
    expect(e.message).toContain('404 Not Found');
  });

  it('refuses files over the limit, by declared and by actual size', async () => {
    const declared = await failure(
      loadGraph('x.json', {
        limit: 100,
        splitLimit: 100,
        fetchImpl: respond('{}', { headers: { 'content-length': String(60 * 1024 * 1024) } }),
      }),
    );
    expect(declared.kind).toBe('too-large');
    expect(declared.message).toContain('60.0 MB');
    const actual = await failure(
      loadGraph('x.json', { limit: 100, splitLimit: 100, fetchImpl: respond('x'.repeat(500)) }),
    );
    expect(actual.kind).toBe('too-large');
  });

  it('opens a split map file larger than a whole map may be, and refuses such a whole map', async () => {
    const whole = JSON.stringify(fixtureFile());
    const { map } = splitGraphFile(fixtureFile(), 'g.details', 2);
    const limits = { limit: whole.length - 1, splitLimit: 10 * whole.length };
    const refused = await failure(loadGraph('g.json', { ...limits, fetchImpl: respond(whole) }));
    expect(refused.kind).toBe('too-large');
    expect(refused.message).toMatch(/papermap build --split/u);
    const padded = JSON.stringify(map) + ' '.repeat(whole.length);
    const graph = await loadGraph('g.json', { ...limits, fetchImpl: respond(padded) });
    expect(graph.order).toBe(map.nodes.length);
    // Until its details arrive a paper has none, in the shape every panel reads.
    const paper = graph.getNodeAttributes(map.nodes[0]!.key);
    expect(paper).toMatchObject({ abstract: '', authors: [], keywords: [], links: [], url: null });
    expect(paper.title).toBe(fixtureFile().nodes[0]!.attributes.title);
    expect(graph.getAttribute('split')?.files).toHaveLength(Math.ceil(map.nodes.length / 2));
  });

  it('says when the file is not JSON, or is a web page', async () => {
    expect((await failure(loadGraph('x.json', { fetchImpl: respond('{nope') }))).kind).toBe(
      'not-json',
    );
    const page = await failure(
      loadGraph('x.json', { fetchImpl: respond('<!doctype html><html>') }),
    );
    expect(page.message).toMatch(/web page/u);
  });

  it('lists what is wrong with an invalid graph file', async () => {
    const file = fixtureFile() as unknown as {
      attributes: { schema: string };
      edges: { source: string }[];
    };
    file.attributes.schema = 'other/9';
    file.edges[0].source = 'ghost';
    const e = await failure(loadGraph('x.json', { fetchImpl: respond(JSON.stringify(file)) }));
    expect(e.kind).toBe('invalid');
    expect(e.details.join('\n')).toContain('attributes.schema');
    expect(e.details.join('\n')).toContain('ghost');
  });
});
