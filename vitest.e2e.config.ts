// Browser tests: the built app in headless Chromium (test/e2e). One file at a time, since every
// file drives its own Chromium and software WebGL and this machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll waits on what the page shows; software WebGL on two cores can be slow.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
