// Pointing at papers on the map through window.__papermap.nodeViewportPosition, the app's hook
// for precise interaction with what sigma draws on its canvas.
import type { Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

// window.__papermap's type is the app's (src/app/debug-hook.ts); __xss is where the safety
// tests' payloads would write if they ran.
declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Waits until the camera stands still (the node's position is the same for 3 frames). */
export function stableNodePosition(page: Page, key: string): Promise<Point> {
  return page.evaluate(async (k) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const api = window.__papermap;
    if (!api) throw new Error('window.__papermap is missing');
    const position = () => {
      const p = api.nodeViewportPosition(k);
      if (!p) throw new Error(`__papermap.nodeViewportPosition("${k}"): the node is not drawn`);
      return p;
    };
    let last = position();
    let still = 0;
    while (still < 3) {
      await frame();
      const p = position();
      still = Math.abs(p.x - last.x) < 0.5 && Math.abs(p.y - last.y) < 0.5 ? still + 1 : 0;
      last = p;
    }
    return last;
  }, key);
}

/**
 * Papers whose node a reader can point at: on the map canvas (not under a panel) and at least
 * `clearance` CSS px from every other node, so that a click cannot land on a neighbour.
 */
export async function pointableNodes(
  page: Page,
  keys: string[],
  clearance = 14,
): Promise<{ key: string; at: Point }[]> {
  if (keys.length) await stableNodePosition(page, keys[0]);
  return page.evaluate(
    ({ keys, clearance }) => {
      const api = window.__papermap;
      if (!api) throw new Error('window.__papermap is missing');
      const map = document.querySelector(
        '[role="application"], [role="img"][aria-label^="Topic map"]',
      );
      const all = keys.flatMap((key) => {
        const at = api.nodeViewportPosition(key);
        return at ? [{ key, at }] : [];
      });
      return all.filter(({ key, at }) => {
        const x = at.x - window.scrollX;
        const y = at.y - window.scrollY;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        if (!map || !hit || !map.contains(hit)) return false;
        return all.every(
          (o) => o.key === key || Math.hypot(o.at.x - at.x, o.at.y - at.y) >= clearance,
        );
      });
    },
    { keys, clearance },
  );
}

export interface ShownTitle {
  text: string;
  level: 'cluster' | 'topic';
  /** Its opacity times its ancestors': what the reader sees of it. */
  opacity: number;
  box: { x0: number; y0: number; x1: number; y1: number };
}

/**
 * The region titles over the map (MapLabels: `data-level` is "cluster" or "topic"; they are
 * aria-hidden, since the legend says the same to a screen reader) that show at least `min`.
 */
export function shownRegionTitles(page: Page, min = 0.5): Promise<ShownTitle[]> {
  return page.evaluate((min) => {
    const opacityOf = (el: Element | null) => {
      let a = 1;
      for (let e = el; e; e = e.parentElement) a *= Number(getComputedStyle(e).opacity);
      return a;
    };
    return [...document.querySelectorAll<HTMLElement>('[data-level]')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: (el.querySelector('.name')?.textContent ?? el.textContent ?? '').trim(),
          level: el.dataset.level as 'cluster' | 'topic',
          opacity: opacityOf(el),
          box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
        };
      })
      .filter((t) => t.opacity >= min);
  }, min);
}

/**
 * Which of `keys` a reader cannot see on the map: not drawn, off the map, or under something
 * that covers it (a panel, the details card or sheet, the zoom buttons). A node counts as seen
 * when its centre, and points `margin` px around it, hit the map.
 */
export function unseenNodes(page: Page, keys: string[], margin = 4): Promise<string[]> {
  return page.evaluate(
    ({ keys, margin }) => {
      const api = window.__papermap!;
      const map = document.querySelector('[role="application"][aria-label^="Topic map"]');
      if (!map) throw new Error('no map');
      const m = map.getBoundingClientRect();
      const onMap = (x: number, y: number) => {
        if (x < m.left || x > m.right || y < m.top || y > m.bottom) return false;
        const hit = document.elementFromPoint(x - scrollX, y - scrollY);
        return !!hit && map.contains(hit);
      };
      return keys.filter((key) => {
        const p = api.nodeViewportPosition(key);
        if (!p) return true;
        const around = [
          [0, 0],
          [margin, 0],
          [-margin, 0],
          [0, margin],
          [0, -margin],
        ];
        return !around.every(([dx, dy]) => onMap(p.x + dx!, p.y + dy!));
      });
    },
    { keys, margin },
  );
}

/** Waits until the camera rests: no paper of `keys` moves for a few frames. */
export async function cameraAtRest(page: Page, keys: string[]): Promise<void> {
  for (const key of keys.slice(0, 3)) await stableNodePosition(page, key);
}
