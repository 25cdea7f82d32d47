// A guided tour for the default map, as an author would save it: the whole map, one region
// zoomed in, another with a cluster hidden. The cameras are the point: each step must land on
// its own, whatever the step before it showed.
import type { GraphFile, SavedView } from '../../../src/core/graph-file.ts';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export function tourViews(graph: GraphFile): SavedView[] {
  const blank = { paper: null, hide: [], kw: [], q: '' };
  return [
    { id: 'v1', caption: 'The whole map', state: { ...blank, cam: { x: 0.5, y: 0.5, ratio: 1 } } },
    {
      id: 'v2',
      caption: 'Zoomed into one region',
      state: { ...blank, cam: { x: 0.4279, y: 0.1593, ratio: 0.3091 } },
    },
    {
      id: 'v3',
      caption: 'Another region, one cluster hidden',
      state: {
        ...blank,
        hide: [graph.attributes.clusters[0]!.id],
        cam: { x: 0.62, y: 0.7, ratio: 0.55 },
      },
    },
  ];
}

export const withTour = (graph: GraphFile): GraphFile => ({
  ...graph,
  attributes: { ...graph.attributes, views: tourViews(graph) },
});

type Camera = { x: number; y: number; ratio: number };

/** Waits until the map's actual camera (sigma's, not the URL's) rests on `want`. */
export async function expectCamera(page: Page | Frame, want: Camera): Promise<void> {
  const actual = () => page.evaluate(() => window.__papermap!.camera());
  const near = (c: Camera | null) =>
    c !== null &&
    Math.abs(c.x - want.x) < 0.002 &&
    Math.abs(c.y - want.y) < 0.002 &&
    Math.abs(c.ratio - want.ratio) < 0.002;
  await expect
    .poll(async () => {
      const c = await actual();
      return near(c) ? 'there' : JSON.stringify(c);
    })
    .toBe('there');
}
