// Where Chromium is and how the e2e tests and the viewer benchmark launch it. Debian's package
// (`apt-get install -y chromium`, see scripts/ensure-chromium.sh) is used because playwright's
// own browser download needs network access that CI machines here do not have.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const haveChromium = (): boolean => existsSync(chromiumPath);

export const onCI = (): boolean => /^(1|true)$/i.test(process.env.CI ?? '');

export const MISSING_CHROMIUM = `Chromium was not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` (or run scripts/ensure-chromium.sh), or point CHROMIUM_PATH at a Chromium binary.`;

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
