// One Chromium per test file, one browser context per test; every page's console errors and
// uncaught exceptions are collected and must be none when the test ends.
import { afterAll, afterEach, beforeAll, describe, expect, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { haveChromium, launchChromium } from './chromium.ts';

/** `describe` for browser tests: skipped (with the global setup's warning) without Chromium. */
export const describeInBrowser = describe.skipIf(!haveChromium());

export const baseURL = () => inject('e2eBaseURL');
export const servedDir = () => inject('e2eServedDir');

export interface OpenOptions {
  context?: BrowserContextOptions;
  /** Console errors that the test expects, e.g. the browser's own report of a 404. */
  allowErrors?: RegExp[];
  /** Runs on the new page before it navigates, e.g. to listen for dialogs from the start. */
  beforeLoad?: (page: Page) => void;
}

interface Tracked {
  context: BrowserContext;
  errors: string[];
  allow: RegExp[];
}

export function useBrowser(extraArgs: string[] = []) {
  let browser: Browser | undefined;
  let tracked: Tracked[] = [];

  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const unexpected = tracked.flatMap((t) =>
      t.errors.filter((e) => !t.allow.some((r) => r.test(e))),
    );
    await Promise.all(tracked.map((t) => t.context.close()));
    tracked = [];
    expect(unexpected, 'console errors or uncaught exceptions in the page').toEqual([]);
  });

  function watch(page: Page, t: Tracked) {
    page.on('console', (m) => {
      if (m.type() === 'error') t.errors.push(`console.error: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => t.errors.push(`uncaught: ${e.stack ?? e.message}`));
  }

  /** A new browser context (fresh storage) whose pages are all watched for errors. */
  async function newContext(options: OpenOptions = {}): Promise<BrowserContext> {
    if (!browser) throw new Error('useBrowser: the browser is not running');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      ...options.context,
    });
    const t: Tracked = { context, errors: [], allow: options.allowErrors ?? [] };
    tracked.push(t);
    context.on('page', (page) => watch(page, t));
    return context;
  }

  /** Opens the app at `path` (relative to the served build, e.g. "?data=x.json") in a new page. */
  async function open(path = '', options: OpenOptions = {}): Promise<Page> {
    const context = await newContext(options);
    const page = await context.newPage();
    options.beforeLoad?.(page);
    await page.goto(new URL(path, baseURL()).href);
    return page;
  }

  return { open, newContext };
}

/**
 * Refuses every request of the context but `file:` ones, as a one-file map opened from disk with
 * no network would see it; returns the list the refused addresses are added to.
 */
export async function refuseNetwork(context: BrowserContext): Promise<string[]> {
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}
