import { expect, type Locator, type Page } from '@playwright/test';
import { CONTROL } from './closed-ui';
import { PanelFrame } from './panel';

/** A fixture function that opens a composer, with its arguments: `['openComment', '7001']`. */
export type Opener = [string, ...unknown[]];

/** Pages of the fixture sites, and what tests read from them. */
export class FixtureSite {
  constructor(readonly page: Page) {}

  /** A fixture page in the test's tab, loaded, with the composer `open` names opened on it. */
  static async open(page: Page, url: string, open?: Opener): Promise<FixtureSite> {
    const site = new FixtureSite(page);
    await site.goto(url, open);
    return site;
  }

  /** Loads a fixture page (until its fixture says it is ready), then opens the composer `open` names. */
  async goto(url: string, open?: Opener): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForFunction(() => window.__fixture?.ready === true);
    if (open) await this.call(...open);
  }

  /**
   * The "Suggest reply" controls on the page: their hosts. The buttons live in closed shadow roots, out
   * of the page's reach (and of Playwright's selectors); a click on the host lands on the button, as
   * the manager's would. What they say is read by `controlViews` (closed-ui.ts).
   */
  controls(): Locator {
    return this.page.locator(CONTROL);
  }

  /** Clicks "Suggest reply", as the manager would, and finds the panel it opens (drafts may still stream). */
  async suggest(): Promise<PanelFrame> {
    await this.controls().click();
    return PanelFrame.find(this.page);
  }

  /** Types into a box as the manager would: a click in it, then real key events. */
  async type(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).click();
    await this.page.keyboard.type(text);
  }

  /** The editor's own text, from its library's model. */
  text(id: string): Promise<string> {
    return this.page.evaluate((editorId) => window.__fixture.text(editorId), id);
  }

  json(id: string): Promise<unknown> {
    return this.page.evaluate((editorId) => window.__fixture.json(editorId), id);
  }

  async submitSelector(id: string): Promise<string> {
    return this.page.evaluate((editorId) => window.__fixture.probes[editorId]!.submitSelector(), id);
  }

  submissions(): Promise<unknown[]> {
    return this.page.evaluate(() => window.__fixture.submissions);
  }

  enterKeys(): Promise<unknown[]> {
    return this.page.evaluate(() => window.__fixture.enterKeys);
  }

  call(name: string, ...args: unknown[]): Promise<unknown> {
    return this.page.evaluate(
      ([fn, rest]) =>
        (window.__fixture[fn as string] as (...a: unknown[]) => unknown)(...(rest as unknown[])),
      [name, args] as const,
    );
  }

  async expectNothingSubmitted(): Promise<void> {
    expect(await this.submissions()).toEqual([]);
    expect((await this.enterKeys()).filter((k) => !(k as { trusted: boolean }).trusted)).toEqual([]);
  }
}
