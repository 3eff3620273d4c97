import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, QUIET_ARGS } from './tests/support/chromium';

/** End-to-end tests: the production build in Debian's Chromium, on fixture pages, against a fake model. */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // One retry on CI, where a shared machine can starve a test; Playwright still reports it as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: QUIET_ARGS },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
});
