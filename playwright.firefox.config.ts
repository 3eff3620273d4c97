import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Firefox: the extension's Firefox build (`npm run build:firefox`) in Debian's
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi, on the same fixture pages and fake model
 * as the Chromium suite (playwright.config.ts). `npm run test:firefox` builds and runs it.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  globalSetup: './tests/firefox/global-setup.ts',
  // One Firefox at a time: a 2-core machine, and each test starts its own browser.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/firefox' }]]
    : [['list']],
  outputDir: 'test-results/firefox',
});
