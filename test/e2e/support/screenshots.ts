// Screenshots for humans to look at (test-results/ is git-ignored); the tests never compare them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './site.ts';

function shotPath(name: string): string {
  const dir = join(repoRoot, 'test-results', 'e2e');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = shotPath(name);
  await page.screenshot({ path });
  return path;
}

/** Keeps an image the app made (a downloaded PNG) beside the screenshots. */
export function keepImage(png: Uint8Array, name: string): string {
  const path = shotPath(name);
  writeFileSync(path, png);
  return path;
}
