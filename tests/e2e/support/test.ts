import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../support/chromium';
import { FakeLlm } from '../../support/fake-llm';
import { routeFixtures } from '../../support/pages';
import { ExtensionPages } from './extension';

interface Options {
  /** The browser's interface language, e.g. 'fr-FR' (`test.use({ browserLocale: 'fr-FR' })`). */
  browserLocale: string;
}

interface Fixtures {
  fake: FakeLlm;
  extension: ExtensionPages;
  serviceWorker: Worker;
}

/**
 * Every test gets a fresh Chromium profile with the production build loaded, the fixture sites routed
 * under their real origins, and its own fake model server.
 */
export const test = base.extend<Options & Fixtures>({
  browserLocale: ['en-US', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  fake: async ({}, use) => {
    const fake = new FakeLlm();
    await fake.start();
    await use(fake);
    await fake.stop();
  },
  context: async ({ browserLocale }, use) => {
    const context = await launchWithExtension({ locale: browserLocale });
    await routeFixtures(context);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extension: async ({ context, serviceWorker }, use) => {
    await use(new ExtensionPages(context, new URL(serviceWorker.url()).host));
  },
  page: async ({ context, extension }, use) => {
    // The extension opens its welcome guide on install, possibly in a blank tab. Let that happen first,
    // so it never takes over the test's own page.
    await extension.installTab();
    const page = await context.newPage();
    await use(page);
  },
});

export { expect };
export type { BrowserContext, Page };
