import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { launchChromium } from '../../tests/support/chromium';
import { routeFixtures } from '../../tests/support/pages';

/** One Chromium for one measurement: with the production build of the extension, or without it. */
export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function openBrowser(extension: boolean): Promise<BenchBrowser> {
  const context = await launchChromium({ extension });
  await routeFixtures(context);
  if (extension) {
    // The extension opens its settings on install; let that tab come, then close it before measuring.
    const isOptions = (tab: Page): boolean => tab.url().includes('/options.html');
    for (let waited = 0; waited < 5000 && !context.pages().some(isOptions); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    for (const tab of context.pages().filter(isOptions)) await tab.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, close: () => context.close() };
}

export async function gotoFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__fixture?.ready === true);
}

/** Chrome's own counters for the page's renderer (seconds and bytes). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('Performance.enable');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function mainFrameId(cdp: CDPSession): Promise<string> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return frameTree.frame.id;
}

/** The JS heap in use after two full garbage collections. */
export async function settledHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? Number.NaN;
}

export const idle = (page: Page, ms: number): Promise<void> => page.waitForTimeout(ms);
