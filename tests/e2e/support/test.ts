import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../../support/chromium';
import { FakeLlm } from '../../support/fake-llm';
import { routeFixtures } from '../../support/pages';
import { ExtensionPages } from './extension';

interface Fixtures {
  fake: FakeLlm;
  extension: ExtensionPages;
  serviceWorker: Worker;
}

/**
 * Every test gets a fresh Chromium profile with the production build loaded, the fixture sites routed
 * under their real origins, and its own fake model server.
 */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  fake: async ({}, use) => {
    const fake = new FakeLlm();
    await fake.start();
    await use(fake);
    await fake.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
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
    // The extension opens its settings on install, possibly in a blank tab. Let that happen first, so
    // it never takes over the test's own page.
    await extension.options();
    const page = await context.newPage();
    await use(page);
  },
});

export { expect };
export type { BrowserContext, Page };
