import { expect } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Firefox } from './firefox';

/**
 * The "Suggest reply" controls: their hosts. The buttons live in closed shadow roots, out of the page's
 * reach; a click on the host lands on the button, as the manager's would.
 */
const CONTROL = 'span[data-rc-part="control"]';

/** A page of the fixture sites (served under https://x.com and https://www.linkedin.com), and what tests read from it. */
export class FixtureSite {
  constructor(
    readonly firefox: Firefox,
    readonly page: Page,
  ) {}

  /** Loads a page of the sites in this tab, brought to the front (a frame in a tab behind cannot take focus). */
  async goto(url: string): Promise<void> {
    await this.page.bringToFront();
    await this.firefox.goto(this.page, url);
    await this.page.waitForFunction(() => window.__fixture?.ready === true);
  }

  controls(): Promise<ElementHandle<HTMLElement>[]> {
    return this.page.$$(CONTROL) as Promise<ElementHandle<HTMLElement>[]>;
  }

  /** How many controls there are inside the elements that match `selector` (the whole page by default). */
  controlsIn(selector = 'html'): Promise<number> {
    return this.page.evaluate(
      (within, control) =>
        new Set(
          Array.from(document.querySelectorAll(within)).flatMap((root) => [
            ...root.querySelectorAll(control),
          ]),
        ).size,
      selector,
      CONTROL,
    );
  }

  async clickControl(): Promise<void> {
    const [control, ...more] = await this.controls();
    expect(control, 'a Suggest reply control').toBeTruthy();
    expect(more).toHaveLength(0);
    await control!.click();
  }

  /** The editor's own text, from its library's model. */
  text(id: string): Promise<string> {
    return this.page.evaluate((editorId) => window.__fixture.text(editorId), id);
  }

  json(id: string): Promise<unknown> {
    return this.page.evaluate((editorId) => window.__fixture.json(editorId), id);
  }

  submissions(): Promise<unknown[]> {
    return this.page.evaluate(() => window.__fixture.submissions);
  }

  enterKeys(): Promise<{ source: string; trusted: boolean }[]> {
    return this.page.evaluate(() => window.__fixture.enterKeys);
  }

  /** Calls one of the fixture's own functions (openComment, openReply…). */
  call(name: string, ...args: unknown[]): Promise<unknown> {
    return this.page.evaluate(
      (fn, rest) => (window.__fixture[fn] as (...a: unknown[]) => unknown)(...rest),
      name,
      args,
    );
  }

  async expectNothingSubmitted(): Promise<void> {
    expect(await this.submissions()).toEqual([]);
    expect((await this.enterKeys()).filter((k) => !k.trusted)).toEqual([]);
  }
}
