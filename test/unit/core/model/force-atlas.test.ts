import Graph from 'graphology';
import forceAtlas2Layout from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { forceAtlas2 } from '../../../../src/core/model/force-atlas.ts';
import { LinkSet } from '../../../../src/core/model/layout-links.ts';
import { createRandom } from '../../../../src/core/model/random.ts';

describe('forceAtlas2 on flat arrays', () => {
  // Random nodes and links, some pairs repeated in either direction.
  const n = 400;
  const random = createRandom(5);
  const x = Float64Array.from({ length: n }, () => 100 * random());
  const y = Float64Array.from({ length: n }, () => 100 * random());
  const size = Float64Array.from({ length: n }, () => 3 + 9 * random());
  const links = new LinkSet(n);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(String(i), { x: x[i], y: y[i], size: size[i] });
  for (let e = 0; e < 1500; e++) {
    const a = Math.floor(random() * n);
    const b = e % 7 === 0 ? a : Math.floor(random() * n);
    const w = random();
    links.link(a, b, w, e % 3 === 0);
    if (a === b) continue;
    const key = graph.edge(String(a), String(b));
    if (key && e % 3 === 0) graph.updateEdgeAttribute(key, 'weight', (v) => (v as number) + w);
    else graph.mergeEdge(String(a), String(b), { weight: w });
  }

  for (const barnesHutOptimize of [false, true])
    it(`gives the numbers of forceAtlas2.assign on a graphology graph (Barnes-Hut: ${barnesHutOptimize})`, () => {
      const settings = {
        ...forceAtlas2Layout.inferSettings(n),
        barnesHutOptimize,
        edgeWeightInfluence: 1,
      };
      const copy = graph.copy();
      forceAtlas2Layout.assign(copy, { iterations: 20, settings });
      const ours = forceAtlas2(x, y, size, links.toArrays(), 20, settings);
      expect(links.size).toBe(copy.size);
      copy.forEachNode((key, attr) => {
        expect(ours.x[Number(key)]).toBe(attr.x);
        expect(ours.y[Number(key)]).toBe(attr.y);
      });
    });

  it('rejects a number of iterations that is not positive', () => {
    expect(() => forceAtlas2(x, y, size, links.toArrays(), 0, {})).toThrow(
      'forceAtlas2: invalid number of iterations.',
    );
  });
});
