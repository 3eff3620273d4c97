import type { Page } from 'puppeteer-core';
import type { FakeLlm } from '../../support/fake-llm';
import { EXTENSION_ORIGIN } from './addon';
import type { Firefox } from './firefox';

export type Reply = { ok: boolean; value?: unknown; error?: { code: string; title: string } };

/** Firefox's own extension namespace; its APIs are Chrome's, promise-based (typed with @types/chrome). */
export type WebExtensionGlobal = { browser: typeof chrome };

/** The extension's own pages, and set-up through its real protocol. */
export class ExtensionPages {
  constructor(readonly firefox: Firefox) {}

  url(path: string): string {
    return `${EXTENSION_ORIGIN}/${path}`;
  }

  /** The tab showing one of the extension's pages, if one does. */
  async find(path: string): Promise<Page | undefined> {
    for (const page of await this.firefox.browser.pages())
      if ((await this.firefox.location(page)).startsWith(this.url(path))) return page;
    return undefined;
  }

  /** The welcome guide the extension opens by itself on install (waits for it: it would race a test's tab). */
  async installTab(): Promise<Page> {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const page = await this.find('onboarding.html');
      if (page) return page;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the welcome guide did not open on install');
  }

  /**
   * The options page: the tab already showing it, else a new tab (tests bring their own tab back to the
   * front). Not the guide's tab turned into it: Firefox then logs "sendRemoveListener on closed conduit"
   * for the guide's listeners, an error the tests would count against the extension.
   */
  async options(): Promise<Page> {
    const open = await this.find('options.html');
    if (open) return open;
    const page = await this.firefox.browser.newPage();
    await this.firefox.goto(page, this.url('options.html'));
    return page;
  }

  /** Sends a protocol message from an extension page, as that page's own code would. */
  send(page: Page, message: unknown): Promise<Reply> {
    return page.evaluate(
      (m) => (globalThis as unknown as WebExtensionGlobal).browser.runtime.sendMessage(m) as Promise<Reply>,
      message,
    );
  }

  /** Saves provider settings the way the options page does (the settings.save message). */
  async configure(
    fake: FakeLlm,
    {
      apiKey = 'sk-test-123456789',
      model = 'fake-model',
      firstTokenTimeoutMs = 8000,
      totalTimeoutMs = 20000,
    } = {},
  ): Promise<void> {
    const reply = await this.send(await this.options(), {
      type: 'settings.save',
      payload: { baseURL: fake.baseURL, model, apiKey, firstTokenTimeoutMs, totalTimeoutMs },
    });
    if (!reply?.ok) throw new Error(`configure failed: ${JSON.stringify(reply)}`);
  }
}
