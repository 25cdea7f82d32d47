// An accessibility audit of what a page shows, by axe-core (the engine alone, injected into the
// page). The app's CSP refuses inline scripts, so axe is served as a file beside the app and
// added by URL: the page is audited under its own policy, not a relaxed one.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import { servedDir } from './browser.ts';
import { repoRoot } from './site.ts';

const AXE_FILE = 'axe.min.js';

export interface AxeViolation {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  /** Each offending element: its selector and axe's summary of what is wrong with it. */
  nodes: { target: string; summary: string }[];
}

declare global {
  interface Window {
    axe?: { run(context: unknown, options: unknown): Promise<AxeResults> };
  }
}

/** Puts axe-core next to the served app (once per run), where the CSP lets a page load it. */
function serveAxe(): string {
  const to = join(servedDir(), AXE_FILE);
  if (!existsSync(to)) copyFileSync(join(repoRoot, 'node_modules/axe-core', AXE_FILE), to);
  return AXE_FILE;
}

/**
 * Runs axe on the page (WCAG 2.x A and AA rules and axe's best practices) and returns the
 * violations of at least `minImpact`, in a form that reads well in a failed expectation.
 */
export async function axeViolations(
  page: Page,
  minImpact: 'serious' | 'critical' | 'moderate' | 'minor' = 'serious',
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    await page.addScriptTag({ url: new URL(serveAxe(), page.url()).href });
  const results = await page.evaluate(() =>
    window.axe!.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    }),
  );
  const order = ['minor', 'moderate', 'serious', 'critical'];
  const min = order.indexOf(minImpact);
  return results.violations
    .filter((v) => order.indexOf(v.impact ?? 'minor') >= min)
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
}
