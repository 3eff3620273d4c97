import type { BrowserContext, Page } from '@playwright/test';
import type { FakeLlm } from '../../support/fake-llm';

export type Reply = { ok: boolean; value?: unknown; error?: { code: string; title: string } };
type RuntimeHost = { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } };

/** Provider settings beyond the fake model's address, as `configure` takes them. */
export interface ConfigureOptions {
  apiKey?: string;
  model?: string;
  firstTokenTimeoutMs?: number;
  totalTimeoutMs?: number;
}

/** A brand profile, as the manager fills it in on the options page (`addProfile`). */
export interface Profile {
  name: string;
  voice: string;
  bindings?: { platform: 'X' | 'LinkedIn'; account: string }[];
  bannedWords?: string[];
  personalTopics?: string[];
  signOff?: string;
  disclosure?: string;
  /** Commenter memory switched on (it is off by default). */
  remember?: boolean;
}

/** The extension's own pages, and set-up through its real protocol. */
export class ExtensionPages {
  constructor(
    readonly context: BrowserContext,
    readonly id: string,
  ) {}

  url(path: string): string {
    return `chrome-extension://${this.id}/${path}`;
  }

  /** The welcome guide the extension opens by itself on install (waits for it: it would race a test's page). */
  async installTab(): Promise<Page> {
    const isGuide = (p: Page): boolean => p.url().startsWith(this.url('onboarding.html'));
    let page = this.context.pages().find(isGuide);
    for (let waited = 0; !page && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      page = this.context.pages().find(isGuide);
    }
    if (!page) throw new Error('the welcome guide did not open on install');
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  /**
   * The options page: the tab already open, else the guide's tab (opened at install, behind the test's
   * page) turned into it. Not a new tab: it would come in front of the test's page, and a frame in a
   * tab that is not in front cannot take the focus.
   */
  async options(): Promise<Page> {
    const pages = this.context.pages();
    let page = pages.find((p) => p.url().startsWith(this.url('options.html')));
    if (!page) {
      page =
        pages.find((p) => p.url().startsWith(this.url('onboarding.html'))) ?? (await this.context.newPage());
      await page.goto(this.url('options.html'));
    }
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  /** Saves provider settings the way the options page does (the settings.save message). */
  async configure(
    fake: FakeLlm,
    {
      apiKey = 'sk-test-123456789',
      model = 'fake-model',
      firstTokenTimeoutMs = 8000,
      totalTimeoutMs = 20000,
    }: ConfigureOptions = {},
  ): Promise<void> {
    const page = await this.options();
    const reply = await this.send(page, {
      type: 'settings.save',
      payload: { baseURL: fake.baseURL, model, apiKey, firstTokenTimeoutMs, totalTimeoutMs },
    });
    if (!reply?.ok) throw new Error(`configure failed: ${JSON.stringify(reply)}`);
  }

  /** The side panel's page, in a tab (automation cannot open the browser's side panel itself). */
  async sidePanel(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.url('sidepanel.html'));
    await page.getByRole('heading', { name: 'Brainstorm' }).waitFor();
    return page;
  }

  /** Sends a protocol message from an extension page, as that page's own code would. */
  send(page: Page, message: unknown): Promise<Reply> {
    return page.evaluate(
      (m) => (globalThis as unknown as RuntimeHost).chrome.runtime.sendMessage(m),
      message,
    );
  }

  /** Creates a brand profile through the options page, from a blank profile, as a manager would. */
  async addProfile(profile: Profile, makeDefault = false): Promise<void> {
    const page = await this.options();
    await page.getByLabel('Start from').selectOption('blank');
    await page.getByRole('button', { name: 'New profile' }).click();
    const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
    await textbox('Profile name').fill(profile.name);
    await textbox('Voice').fill(profile.voice);
    if (profile.bannedWords) await textbox('Banned words and phrases').fill(profile.bannedWords.join('\n'));
    if (profile.personalTopics)
      await textbox('Topics handled personally').fill(profile.personalTopics.join('\n'));
    if (profile.signOff) await textbox('Sign-off').fill(profile.signOff);
    if (profile.disclosure) {
      await page.getByRole('combobox', { name: 'AI disclosure', exact: true }).selectOption('append');
      await textbox('Disclosure text').fill(profile.disclosure);
    }
    if (profile.remember)
      await page.getByRole('checkbox', { name: 'Remember the people this brand answers' }).check();
    for (const [i, binding] of (profile.bindings ?? []).entries()) {
      await page.getByRole('button', { name: 'Add an account' }).click();
      await page
        .getByRole('combobox', { name: `Platform ${i + 1}`, exact: true })
        .selectOption({ label: binding.platform });
      await textbox(`Account ${i + 1}`).fill(binding.account);
    }
    await page.getByRole('button', { name: 'Save profile' }).click();
    const row = page.getByRole('listitem').filter({ hasText: profile.name });
    await row.waitFor();
    if (!makeDefault) return;
    // The first profile saved becomes the default by itself, a moment after it appears: the button may
    // go away under the click.
    await row
      .getByRole('button', { name: `Make default: ${profile.name}` })
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await row.getByText('default', { exact: true }).waitFor();
  }
}
