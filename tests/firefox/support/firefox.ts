import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ADDON_ID, ADDON_UUID, FIREFOX_BUILD } from './addon';
import { ConsoleWatch } from './console';
import type { FixtureSites } from './sites';

/** Debian's Firefox ESR; no browser is downloaded on this machine. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Opening moz-extension:// pages over WebDriver BiDi needs system access. */
export const FIREFOX_ARGS = ['--remote-allow-system-access'];

/** The preferences of every test profile (on top of puppeteer's own automation preferences). */
export function firefoxPrefs(sites: FixtureSites): Record<string, unknown> {
  return {
    // All traffic but loopback's goes to the fixture sites' proxy, which serves x.com, twitter.com and
    // www.linkedin.com and refuses everything else.
    ...sites.prefs(),
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // console.* calls of non-privileged pages (the extension's pages and background included, which
    // WebDriver BiDi does not report) are printed on stdout, where ConsoleWatch reads them.
    'devtools.console.stdout.content': true,
    // …and not those of Firefox's own code, which are not the extension's.
    'devtools.console.stdout.chrome': false,
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en-US, en',
    // Quiet: nothing of Firefox's own to fetch, show or update.
    'app.update.auto': false,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.getAddons.showPane': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}

/** The WebDriver BiDi connection under puppeteer, for the commands it does not wrap. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: unknown) => void): void;
}

/** Firefox with a fresh profile and the extension's Firefox build installed as a temporary add-on. */
export class Firefox {
  private constructor(
    readonly browser: Browser,
    readonly console: ConsoleWatch,
    /** Everything Firefox printed (stdout and stderr), for a failed test's report. */
    readonly output: string[],
  ) {}

  static async launch(sites: FixtureSites): Promise<Firefox> {
    if (!existsSync(`${FIREFOX_BUILD}/manifest.json`))
      throw new Error(
        `No Firefox build at ${FIREFOX_BUILD}: run "npm run build:firefox" (test:firefox does).`,
      );
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true, // the fixture sites' certificate is made at test start
      args: FIREFOX_ARGS,
      extraPrefsFirefox: firefoxPrefs(sites),
      defaultViewport: { width: 1280, height: 800 },
      env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
    });
    const output: string[] = [];
    const console = new ConsoleWatch(bidiOf(browser), output);
    const child = browser.process();
    for (const stream of [child?.stdout, child?.stderr])
      stream?.on('data', (chunk: Buffer) => console.read(String(chunk)));
    try {
      await console.start(); // before the add-on exists: its very first errors are seen too
      await browser.installExtension(FIREFOX_BUILD);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return new Firefox(browser, console, output);
  }

  get bidi(): BidiConnection {
    return bidiOf(this.browser);
  }

  /** A new tab, in front. */
  async newTab(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.bringToFront();
    return page;
  }

  /**
   * Loads a URL in a tab and waits for its load event. puppeteer's `goto` never settles for a
   * moz-extension:// page (Firefox reports no navigation events for it: "notifyNavigationFailed …
   * context is null" in its log), so those go through BiDi's own browsingContext.navigate.
   */
  async goto(page: Page, url: string): Promise<void> {
    if (!url.startsWith('moz-extension:')) {
      await page.goto(url, { waitUntil: 'load' });
      return;
    }
    await this.bidi.send('browsingContext.navigate', {
      context: contextOf(page),
      url,
      wait: 'complete',
    });
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
  }

  /** Reloads a tab and waits for its load event (moz-extension:// pages too, see `goto`). */
  async reload(page: Page): Promise<void> {
    const url = await this.location(page);
    await this.bidi.send('browsingContext.reload', { context: contextOf(page), wait: 'complete' });
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
  }

  /** The tab's address, read from the page (puppeteer's `page.url()` misses moz-extension navigations). */
  async location(page: Page): Promise<string> {
    return page.evaluate(() => location.href).catch(() => '');
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** The BiDi browsing context of a tab (puppeteer keeps it on the frame, as an internal field). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

function bidiOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}
