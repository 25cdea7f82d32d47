import { describe, expect, it } from 'vitest';
import {
  graphFileProblems,
  GraphFileError,
  SCHEMA,
  validateGraphFile,
  upgradeGraphFile,
  type GraphFile,
} from '../../../src/core/graph-file.ts';

function smallGraph(): GraphFile {
  const node = (key: string, x: number) => ({
    key,
    attributes: {
      title: `Paper ${key}`,
      abstract: 'An abstract.',
      authors: ['Ada Lovelace'],
      year: 2024,
      venue: null,
      url: null,
      doi: null,
      links: [],
      keywords: ['sparse attention'],
      cluster: 0,
      topic: null,
      x,
      y: 0,
      size: 4,
      color: '#0072b2',
    },
  });
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: {
      schema: SCHEMA,
      title: 'A map',
      clusters: [{ id: 0, label: 'sparse attention', keywords: [], size: 2, color: '#0072b2' }],
      topics: [],
      build: { inputsHash: 'x', inputs: [], options: {}, versions: {} },
    },
    nodes: [node('a', 0), node('b', 1)],
    edges: [
      { key: 'e0', source: 'a', target: 'b', attributes: { weight: 0.5, shared: ['attention'] } },
    ],
  };
}

describe('graph file validation', () => {
  it('accepts a well-formed file', () => {
    expect(graphFileProblems(smallGraph())).toEqual([]);
    expect(validateGraphFile(smallGraph()).nodes).toHaveLength(2);
  });

  it('rejects what is not a graph file, saying so', () => {
    expect(graphFileProblems(null)[0]).toMatch(/expected a JSON object/);
    expect(graphFileProblems([])[0]).toMatch(/expected a JSON object/);
    expect(graphFileProblems({ nodes: [] })).toEqual(['attributes: expected an object']);
  });

  it('names the schema it expects', () => {
    const g = smallGraph() as unknown as { attributes: { schema: string } };
    g.attributes.schema = 'other/2';
    expect(graphFileProblems(g)).toEqual([
      'attributes.schema: expected "papermap/2" (or "papermap/1", upgraded on load), found "other/2"',
    ]);
  });

  it('points at the broken field with its path', () => {
    const g = smallGraph() as unknown as { nodes: { attributes: Record<string, unknown> }[] };
    g.nodes[1].attributes.x = 'left';
    g.nodes[0].attributes.authors = 'Ada';
    g.nodes[0].attributes.cluster = 7;
    expect(graphFileProblems(g)).toEqual([
      'nodes[0].attributes.authors: expected an array of strings',
      'nodes[0].attributes.cluster: expected the id of a cluster listed in attributes.clusters',
      'nodes[1].attributes.x: expected a finite number',
    ]);
  });

  it('catches edges to missing nodes and duplicate keys', () => {
    const g = smallGraph();
    g.edges[0].target = 'zzz';
    g.nodes[1].key = 'a';
    expect(graphFileProblems(g)).toEqual([
      'nodes[1].key: duplicate node key "a"',
      'edges[0].target: no node has the key "zzz"',
    ]);
  });

  it('refuses what the declared simple undirected graph cannot hold: self-loops, a pair linked twice, edge keys used twice', () => {
    const g = smallGraph();
    const link = (key: string, source: string, target: string) => ({
      key,
      source,
      target,
      attributes: { weight: 0.4, shared: [] },
    });
    g.edges.push(link('e1', 'a', 'a'), link('e2', 'b', 'a'), link('e0', 'b', 'b'));
    expect(graphFileProblems(g)).toEqual([
      'edges[1]: a paper linked to itself ("a")',
      'edges[2]: a second link between "b" and "a" (first: edges[0])',
      'edges[3].key: duplicate edge key "e0"',
      'edges[3]: a paper linked to itself ("b")',
    ]);
  });

  it("accepts what the input said beyond the map's own fields, and checks its shape", () => {
    const g = smallGraph();
    Object.assign(g.nodes[0].attributes, {
      arxivId: '2301.00774',
      authorKeywords: ['pruning'],
      extra: { Notes: 'read twice', Rating: '5' },
    });
    expect(graphFileProblems(g)).toEqual([]);
    Object.assign(g.nodes[1].attributes, {
      arxivId: '',
      authorKeywords: 'pruning',
      extra: { n: 5 },
    });
    expect(graphFileProblems(g).sort()).toEqual([
      'nodes[1].attributes.arxivId: expected a non-empty string or no value',
      'nodes[1].attributes.authorKeywords: expected an array of strings or no value',
      'nodes[1].attributes.extra: expected an object of strings or no value',
    ]);
  });

  it('stops collecting after a cap, so a huge broken file is reported quickly', () => {
    const g = smallGraph() as unknown as { nodes: unknown[] };
    g.nodes = Array.from({ length: 10_000 }, () => 42);
    expect(graphFileProblems(g).length).toBe(50);
  });

  it('throws one error whose message summarises the problems', () => {
    const g = smallGraph() as unknown as { attributes: { title: unknown } };
    g.attributes.title = 3;
    expect(() => validateGraphFile(g)).toThrow(GraphFileError);
    expect(() => validateGraphFile(g)).toThrow(
      'papermap graph file: attributes.title: expected a string',
    );
  });

  describe('guided views', () => {
    const view = (id: string, over: Record<string, unknown> = {}) => ({
      id,
      caption: `Caption ${id}`,
      state: { paper: 'a', hide: [0], kw: ['sparse attention'], q: 'x', cam: null, ...over },
    });
    const withViews = (views: unknown) => {
      const g = smallGraph() as unknown as { attributes: Record<string, unknown> };
      g.attributes.views = views;
      return g;
    };

    it('accepts files without views and with valid views', () => {
      expect(graphFileProblems(withViews(undefined))).toEqual([]);
      expect(graphFileProblems(withViews([]))).toEqual([]);
      expect(
        graphFileProblems(
          withViews([
            view('v1'),
            view('v2', { paper: null, hide: [], cam: { x: 0.5, y: 0.5, ratio: 1 } }),
          ]),
        ),
      ).toEqual([]);
      expect(validateGraphFile(withViews([view('v1')])).attributes.views?.[0]?.id).toBe('v1');
    });

    it('rejects duplicate, empty and reserved ids, and long or missing captions', () => {
      expect(
        graphFileProblems(
          withViews([
            view('v1'),
            view('v1'),
            view(''),
            view('list'),
            { ...view('v5'), caption: 'x'.repeat(501) },
            { ...view('v6'), caption: 7 },
          ]),
        ),
      ).toEqual([
        'attributes.views[1].id: duplicate view id "v1"',
        'attributes.views[2].id: expected a non-empty string',
        'attributes.views[3].id: "list" is reserved (?view=list)',
        'attributes.views[4].caption: expected at most 500 characters',
        'attributes.views[5].caption: expected a string',
      ]);
      expect(graphFileProblems(withViews([{ ...view('v'), caption: 'x'.repeat(500) }]))).toEqual(
        [],
      );
    });

    it('checks the state against the map: papers, clusters, finite camera', () => {
      expect(
        graphFileProblems(
          withViews([
            view('v1', { paper: 'zzz' }),
            view('v2', { hide: [9] }),
            view('v3', { cam: { x: Infinity, y: 0, ratio: 1 } }),
            view('v4', { cam: { x: 0, y: 0 } }),
            view('v5', { kw: [1], q: null }),
            { id: 'v6', caption: '' },
          ]),
        ),
      ).toEqual([
        'attributes.views[0].state.paper: expected null or the key of a node',
        'attributes.views[1].state.hide: expected an array of cluster ids',
        'attributes.views[2].state.cam: expected null or { x, y, ratio } finite numbers (ratio > 0)',
        'attributes.views[3].state.cam: expected null or { x, y, ratio } finite numbers (ratio > 0)',
        'attributes.views[4].state.kw: expected an array of strings',
        'attributes.views[4].state.q: expected a string',
        'attributes.views[5].state: expected an object',
      ]);
      expect(graphFileProblems(withViews({}))).toEqual(['attributes.views: expected an array']);
    });
  });

  describe('sub-topics (papermap/2) and papermap/1 files', () => {
    const withTopics = () => {
      const g = smallGraph();
      g.attributes.topics = [
        { id: 0, cluster: 0, label: 'block sparsity', keywords: [], size: 1 },
        { id: 1, cluster: 0, label: 'sparse kernels', keywords: [], size: 1 },
      ];
      g.nodes[0].attributes.topic = 0;
      g.nodes[1].attributes.topic = 1;
      return g;
    };

    it("accepts topics of the paper's own cluster, and null", () => {
      expect(graphFileProblems(withTopics())).toEqual([]);
      const g = withTopics();
      g.nodes[1].attributes.topic = null;
      expect(graphFileProblems(g)).toEqual([]);
    });

    it('rejects unknown and duplicate topics, and topics of unknown clusters', () => {
      const g = withTopics() as unknown as {
        attributes: { topics: Record<string, unknown>[] };
        nodes: { attributes: Record<string, unknown> }[];
      };
      g.attributes.topics[1].id = 0;
      g.attributes.topics.push({ id: 5, cluster: 3, label: 'x', keywords: [], size: 0 });
      g.nodes[1].attributes.topic = 9;
      g.nodes[0].attributes.titleDerived = false;
      expect(graphFileProblems(g)).toEqual([
        'attributes.topics[1].id: duplicate topic id 0',
        'attributes.topics[2].cluster: expected the id of a cluster listed in attributes.clusters',
        'nodes[0].attributes.titleDerived: expected true or no value',
        'nodes[1].attributes.topic: expected null or the id of a topic in attributes.topics',
      ]);
      const h = withTopics();
      h.attributes.clusters.push({ id: 1, label: 'other', keywords: [], size: 0, color: '#000' });
      h.attributes.topics[1].cluster = 1;
      expect(graphFileProblems(h)).toEqual([
        "nodes[1].attributes.topic: expected a topic of the paper's own cluster",
      ]);
    });

    it('opens a papermap/1 file as papermap/2 with no topics, leaving the input unchanged', () => {
      const v1 = JSON.parse(JSON.stringify(smallGraph())) as {
        attributes: Record<string, unknown>;
        nodes: { attributes: Record<string, unknown> }[];
      };
      v1.attributes.schema = 'papermap/1';
      delete v1.attributes.topics;
      for (const n of v1.nodes) delete n.attributes.topic;
      const before = JSON.stringify(v1);
      expect(graphFileProblems(v1)[0]).toMatch(/upgraded on load/);
      const opened = validateGraphFile(v1);
      expect(opened.attributes.schema).toBe('papermap/2');
      expect(opened.attributes.topics).toEqual([]);
      expect(opened.nodes.map((n) => n.attributes.topic)).toEqual([null, null]);
      expect(JSON.stringify(v1)).toBe(before);
      expect(upgradeGraphFile(opened)).toBe(opened);
    });
  });
});

describe('optional paper fields and time views (issue 9)', () => {
  it('accepts citations, attributes.fields and views with colour, size and years', () => {
    const g = smallGraph();
    g.attributes.fields = ['year', 'citations'];
    g.nodes[0].attributes.citations = 12;
    g.attributes.views = [
      {
        id: 'v1',
        caption: 'Since 2023',
        state: {
          ...{ paper: null, hide: [], kw: [], q: '', cam: null },
          color: 'year',
          size: 'citations',
          years: [2023, 2024],
        },
      },
    ];
    expect(graphFileProblems(g)).toEqual([]);
  });

  it('keeps reading files without fields or citations', () => {
    expect(graphFileProblems(smallGraph())).toEqual([]);
  });

  it('rejects bad counts, unknown fields and fields the list leaves out', () => {
    const g = smallGraph();
    g.attributes.fields = ['citations'];
    g.nodes[0].attributes.citations = -1;
    g.nodes[1].attributes.citations = 3;
    expect(graphFileProblems(g)).toEqual([
      'nodes[0].attributes.citations: expected a non-negative integer or no value',
      'nodes[0].attributes.year: not listed in attributes.fields',
      'nodes[1].attributes.year: not listed in attributes.fields',
    ]);
    (g.attributes as unknown as Record<string, unknown>).fields = ['year', 'year'];
    expect(graphFileProblems(g)[0]).toMatch(/^attributes\.fields: expected distinct names/);
  });

  it('rejects views with an unknown colouring or size, or a reversed year range', () => {
    const g = smallGraph();
    const state = { paper: null, hide: [], kw: [], q: '', cam: null };
    g.attributes.views = [
      {
        id: 'v1',
        caption: '',
        state: { ...state, color: 'rainbow', size: 'huge', years: [2024, 2020] },
      } as never,
    ];
    expect(graphFileProblems(g)).toEqual([
      'attributes.views[0].state.color: expected one of cluster, year, venue',
      'attributes.views[0].state.size: expected one of degree, citations, none',
      'attributes.views[0].state.years: expected [from, to]: two integers, from <= to',
    ]);
  });
});
