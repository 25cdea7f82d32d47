// In-page instruments for the viewer benchmark. installProbe runs before the page's own scripts
// (playwright's addInitScript, so it must be self-contained): it times every requestAnimationFrame
// and queueMicrotask callback (sigma renders in the former, Svelte flushes effects in the latter)
// and notes when <html data-ready="true"> appears. measureUpdates then splits each hover or
// selection into the JavaScript work it caused and the time until the first frame that begins
// after that work.
import type { Page } from 'playwright-core';

export interface Probe {
  /** performance.now() (ms since navigation start) when the page was ready. */
  ready: number | null;
  firstFrame: number | null;
}

export interface HoverSample {
  key: string;
  /** Hover handler + microtasks (Svelte effects) + animation-frame callbacks (sigma's render). */
  js: number;
  /** From the hover until the update's last piece of work ended (sigma's afterRender). */
  drawn: number;
  /** From the hover until the first animation frame that began after all of that work. */
  frame: number;
}

interface PageProbe {
  ready: number | null;
  firstFrameAfterReady: number | null;
  recording: boolean;
  /** Pairs of [start, end] times of callbacks that ran while recording. */
  rafLog: number[];
  microLog: number[];
  pendingFrames: Set<number>;
  raf: (cb: FrameRequestCallback) => number;
}

interface HoverHook {
  hoverNode(key: string | null): void;
  selectNode(key: string | null): void;
}

/** What a sample does: hover a paper as the pointer would, or select it (as a click does). */
export type Action = 'hoverNode' | 'selectNode';

declare global {
  interface Window {
    __probe?: PageProbe;
  }
}

export function installProbe(): void {
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  const micro = window.queueMicrotask.bind(window);
  const probe: PageProbe = {
    ready: null,
    firstFrameAfterReady: null,
    recording: false,
    rafLog: [],
    microLog: [],
    pendingFrames: new Set(),
    raf,
  };
  window.requestAnimationFrame = (cb) => {
    const id = raf((ts) => {
      probe.pendingFrames.delete(id);
      const start = performance.now();
      try {
        cb(ts);
      } finally {
        if (probe.recording) probe.rafLog.push(start, performance.now());
      }
    });
    probe.pendingFrames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    probe.pendingFrames.delete(id);
    caf(id);
  };
  window.queueMicrotask = (cb) =>
    micro(() => {
      const start = performance.now();
      try {
        cb();
      } finally {
        if (probe.recording) probe.microLog.push(start, performance.now());
      }
    });
  new MutationObserver(() => {
    if (probe.ready === null && document.documentElement?.dataset.ready === 'true') {
      probe.ready = performance.now();
      raf(() => (probe.firstFrameAfterReady = performance.now()));
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  window.__probe = probe;
}

/** Hovers one paper and takes it away again, so that the code paths are compiled. */
export function warmUp(page: Page, hook: 'app' | 'bare', key: string): Promise<void> {
  return page.evaluate(
    async ({ hook, key }) => {
      const p = window.__probe!;
      const api = (hook === 'app' ? window.__papermap : window.__bare) as HoverHook;
      const frame = () => new Promise<number>((resolve) => p.raf(resolve));
      for (const k of [key, null]) {
        api.hoverNode(k);
        for (let i = 0; i < 5; i++) await frame();
      }
    },
    { hook, key },
  );
}

/** Intervals between animation frames while nothing changes, for reference. */
export function idleFrames(page: Page, n = 10): Promise<number[]> {
  return page.evaluate(async (n) => {
    const p = window.__probe!;
    const frame = () => new Promise<number>((resolve) => p.raf(resolve));
    const out = [];
    let previous = await frame();
    for (let i = 0; i < n; i++) {
      const ts = await frame();
      out.push(ts - previous);
      previous = ts;
    }
    return out;
  }, n);
}

export function measureUpdates(
  page: Page,
  hook: 'app' | 'bare',
  keys: string[],
  action: Action = 'hoverNode',
): Promise<HoverSample[]> {
  return page.evaluate(
    async ({ hook, keys, action }) => {
      const p = window.__probe;
      const api = (hook === 'app' ? window.__papermap : window.__bare) as HoverHook | undefined;
      if (!p || !api) throw new Error(`bench: the page has no probe or no ${hook} hover hook`);
      const frame = () => new Promise<number>((resolve) => p.raf(resolve));
      const total = (log: number[]) => {
        let t = 0;
        for (let i = 0; i < log.length; i += 2) t += log[i + 1] - log[i];
        return t;
      };
      const lastEnd = (log: number[]) =>
        log.length ? Math.max(...log.filter((_, i) => i % 2)) : 0;

      const samples = [];
      for (const key of keys) {
        for (let i = 0; i < 3; i++) await frame();
        p.rafLog = [];
        p.microLog = [];
        p.recording = true;
        const t0 = performance.now();
        api[action](key);
        const tSync = performance.now();
        let frameStart = NaN;
        // Wait for a frame that begins with no update work pending or running after it began.
        for (let i = 0; i < 60; i++) {
          const ts = await frame();
          const workEnd = Math.max(tSync, lastEnd(p.rafLog), lastEnd(p.microLog));
          if (p.pendingFrames.size === 0 && ts > workEnd) {
            frameStart = ts;
            break;
          }
        }
        p.recording = false;
        const drawnAt = Math.max(tSync, lastEnd(p.rafLog), lastEnd(p.microLog));
        samples.push({
          key,
          js: tSync - t0 + total(p.rafLog) + total(p.microLog),
          drawn: drawnAt - t0,
          frame: frameStart - t0,
        });
      }
      return samples;
    },
    { hook, keys, action },
  );
}
