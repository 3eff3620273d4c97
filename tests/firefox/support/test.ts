import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { FakeLlm } from '../../support/fake-llm';
import { describeEntries } from './console';
import { ExtensionPages } from './extension';
import { Firefox } from './firefox';
import { FixtureSite } from './fixture-site';
import { FixtureSites } from './sites';

interface WorkerFixtures {
  /** The fixture sites under their real https origins, through Firefox's proxy (one per worker). */
  sites: FixtureSites;
}

interface Fixtures {
  fake: FakeLlm;
  /** Firefox ESR with a fresh profile and the extension's Firefox build installed. */
  firefox: Firefox;
  extension: ExtensionPages;
  /** The test's own tab, opened after the welcome guide (so the guide never takes it over), in front. */
  tab: Page;
  site: FixtureSite;
}

/**
 * Playwright's runner, puppeteer's Firefox: these fixtures never ask for Playwright's own browser.
 * Every test gets a new Firefox profile with the add-on installed, and its own fake model server.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  sites: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const sites = new FixtureSites();
      await sites.start();
      await use(sites);
      await sites.stop();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  fake: async ({}, use) => {
    const fake = new FakeLlm();
    await fake.start();
    await use(fake);
    await fake.stop();
  },
  firefox: async ({ sites }, use, testInfo) => {
    const refusedBefore = sites.refused.length;
    const firefox = await Firefox.launch(sites);
    await use(firefox);
    const entries = await firefox.console.entries().catch((error: Error) => [
      {
        kind: 'script' as const,
        level: 'error' as const,
        source: '',
        category: '',
        message: String(error),
      },
    ]);
    if (entries.length)
      await testInfo.attach('extension-console.txt', {
        body: describeEntries(entries),
        contentType: 'text/plain',
      });
    // What Firefox tried to reach beyond the fixture sites (its own services): refused, never sent.
    const refused = new Map<string, number>();
    for (const target of sites.refused.slice(refusedBefore))
      refused.set(target, (refused.get(target) ?? 0) + 1);
    if (refused.size)
      await testInfo.attach('refused-destinations.txt', {
        body: [...refused].map(([target, n]) => `${target} ×${n}`).join('\n'),
        contentType: 'text/plain',
      });
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('firefox-output.txt', {
        body: firefox.output.join('\n'),
        contentType: 'text/plain',
      });
    await firefox.close();
  },
  extension: async ({ firefox }, use) => {
    const extension = new ExtensionPages(firefox);
    await extension.installTab();
    await use(extension);
  },
  tab: async ({ firefox, extension }, use) => {
    void extension; // the guide first
    await use(await firefox.newTab());
  },
  site: async ({ firefox, tab }, use) => {
    await use(new FixtureSite(firefox, tab));
  },
});

export { expect };
