// What the reader sees of the map's text: the region titles (HTML over the canvas), the paper
// labels and the focus paper's title box (drawn on the canvas, read through
// window.__papermap.drawnLabels) and the controls over the map; and how many of those collide.
import type { Page } from 'playwright-core';
import type { GraphFile } from '../../../src/core/graph-file.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelScene {
  /** Region titles that show (opacity over 0.05), with what the reader sees of them. */
  titles: { key: string; level: string; text: string; opacity: number; box: Box }[];
  papers: { key: string; box: Box }[];
  /** What sits over the map (`data-map-chrome`): the zoom buttons, the embed's legend. */
  controls: { name: string; box: Box }[];
  /** The map's box in the page. */
  map: Box;
}

export function labelScene(page: Page): Promise<LabelScene> {
  return page.evaluate(() => {
    const api = window.__papermap;
    if (!api) throw new Error('window.__papermap is missing');
    const boxOf = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const opacityOf = (el: Element | null) => {
      let a = 1;
      for (let e = el; e; e = e.parentElement) a *= Number(getComputedStyle(e).opacity);
      return a;
    };
    const titles = [...document.querySelectorAll<HTMLElement>('[data-level][data-shown]')]
      .map((el) => ({
        key: el.dataset.key ?? '',
        level: el.dataset.level ?? '',
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        opacity: opacityOf(el),
        box: boxOf(el),
      }))
      .filter((t) => t.opacity > 0.05);
    const controls = [...document.querySelectorAll('[data-map-chrome]')].map((el) => ({
      name: el.getAttribute('aria-label') ?? el.tagName.toLowerCase(),
      box: boxOf(el),
    }));
    const map = document.querySelector('[role="application"][aria-label^="Topic map"]');
    if (!map) throw new Error('no map');
    return { titles, papers: api.drawnLabels(), controls, map: boxOf(map) };
  });
}

/** Waits until what the map shows stays the same for a few frames (the camera and the labels). */
export async function settledLabelScene(page: Page): Promise<LabelScene> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    const scene = await labelScene(page);
    const json = JSON.stringify(scene);
    if (json === last) return scene;
    last = json;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 120))));
  }
  throw new Error('the labels did not settle');
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/** Pairs of boxes that intersect: title-title, title-paper, paper-paper, any-control. */
export function collisions(scene: LabelScene): string[] {
  const items = [
    ...scene.titles.map((t) => ({ name: `title "${t.text}"`, box: t.box, control: false })),
    ...scene.papers.map((p) => ({ name: `label ${p.key}`, box: p.box, control: false })),
    ...scene.controls.map((c) => ({ name: `control ${c.name}`, box: c.box, control: true })),
  ];
  const found: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.control && b.control) continue;
      if (overlap(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
    }
  return found;
}

/**
 * Clusters whose region is on screen (their centroid inside the map) that have no cluster title
 * showing at least half.
 */
export function missingTitles(
  scene: LabelScene,
  graph: GraphFile,
  centroidOnScreen: (id: number) => boolean,
): string[] {
  return graph.attributes.clusters
    .filter((c) => centroidOnScreen(c.id))
    .filter(
      (c) =>
        !scene.titles.some(
          (t) => t.key === `c${c.id}` && t.level === 'cluster' && t.opacity >= 0.5,
        ),
    )
    .map((c) => c.label);
}

/** The centroid of each cluster's papers, in page px (from the papers' drawn positions). */
export async function clusterCentroids(
  page: Page,
  graph: GraphFile,
): Promise<Map<number, { x: number; y: number }>> {
  const members = new Map<number, string[]>();
  for (const n of graph.nodes)
    members.set(n.attributes.cluster, [...(members.get(n.attributes.cluster) ?? []), n.key]);
  const entries = await page.evaluate(
    (groups) =>
      groups.map(([id, keys]) => {
        const points = keys.flatMap((k) => {
          const p = window.__papermap!.nodeViewportPosition(k);
          return p ? [p] : [];
        });
        const n = Math.max(1, points.length);
        return [
          id,
          {
            x: points.reduce((s, p) => s + p.x, 0) / n,
            y: points.reduce((s, p) => s + p.y, 0) / n,
          },
        ] as const;
      }),
    [...members],
  );
  return new Map(entries);
}
