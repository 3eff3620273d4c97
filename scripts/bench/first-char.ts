import type { Frame, Page } from '@playwright/test';
import OpenAI from 'openai';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { exportProfiles } from '@/utils/brand/transfer';
import { fullProfile } from '../../tests/unit/fixtures/full-profile';
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { gotoFixture, idle, openBrowser } from './session';

/**
 * Click on "Suggest reply" → the first character of a draft painted in the panel, against the fake
 * endpoint; and the same endpoint's own first-token time through the openai SDK, measured in the same
 * run. Their difference is what the extension adds. Also: the prompt tokens of a full brand profile
 * plus the thread, read from the requests the fake endpoint received.
 */
const CLICK_STAMPER = `(() => {
  if (location.protocol === 'chrome-extension:') {
    if (!location.pathname.endsWith('/panel.html')) return;
    const tick = () => {
      const text = Array.from(document.querySelectorAll('textarea'), (t) => t.value).join('');
      if (text.trim()) window.__firstChar = performance.timeOrigin + performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return;
  }
  addEventListener('click', (event) => {
    if (event.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-rc')))
      window.__clickAt = performance.timeOrigin + performance.now();
  }, true);
})();`;

export interface FirstCharRun {
  /** Click → first draft character painted (ms), the manager being in the box before clicking. */
  warm: number[];
  /** The same for the first click on a freshly loaded page. */
  cold: number[];
  /** The endpoint's own first-token time through the SDK (ms). */
  direct: number[];
  /** o200k tokens of each draft request's messages. */
  promptTokens: number[];
}

/** The fake endpoint, started in its own process (fake-process.ts, bundled beside this file). */
class FakeEndpoint {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseURL: string,
  ) {}

  static async start(): Promise<FakeEndpoint> {
    // import.meta.dirname: the bundle's folder (bench.mjs keeps import.meta.url as the source file's).
    const child = fork(resolve(import.meta.dirname, 'fake-process.mjs'), { stdio: 'inherit' });
    const baseURL = await FakeEndpoint.reply<{ baseURL: string }>(child, 'ready');
    return new FakeEndpoint(child, baseURL.baseURL);
  }

  private static reply<T>(child: ChildProcess, type: string): Promise<T> {
    return new Promise((resolve) => {
      const onMessage = (message: { type: string } & T): void => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
    });
  }

  async requestBodies(): Promise<unknown[]> {
    const reply = FakeEndpoint.reply<{ bodies: unknown[] }>(this.child, 'requests');
    this.child.send({ type: 'requests' });
    return (await reply).bodies;
  }

  stop(): void {
    this.child.send({ type: 'stop' });
  }
}

async function directFirstToken(
  baseURL: string,
  messages: OpenAI.ChatCompletionMessageParam[],
): Promise<number> {
  const client = new OpenAI({ baseURL, apiKey: 'sk-bench', maxRetries: 0 });
  const start = performance.now();
  const stream = await client.chat.completions.create({ model: 'fake-model', messages, stream: true });
  let first = Number.NaN;
  for await (const chunk of stream) {
    if (Number.isNaN(first) && chunk.choices[0]?.delta?.content) first = performance.now() - start;
  }
  return first;
}

export async function measureFirstChar(clicks: number): Promise<FirstCharRun> {
  const fake = await FakeEndpoint.start();
  const browser = await openBrowser(true);
  try {
    const { context, page } = browser;
    const id = new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url())
      .host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const saved = await options.evaluate(
      (payload) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
          }
        ).chrome.runtime.sendMessage({ type: 'settings.save', payload }),
      { baseURL: fake.baseURL, model: 'fake-model', apiKey: 'sk-bench-123456789' },
    );
    if (!saved.ok) throw new Error('could not configure the extension');
    await options.getByLabel('Profile file to import').setInputFiles({
      name: 'full-profile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportProfiles([fullProfile()])),
    });
    await options.getByText(/Imported 1 profile/).waitFor();
    await options.close();

    await page.addInitScript(CLICK_STAMPER);
    const url = 'https://x.com/samlee/status/102';
    await gotoFixture(page, url);
    await idle(page, 300);
    const control = page.locator('span[data-rc-part="control"]').first();
    const box = page.locator('[data-testid="tweetTextarea_0"]');
    // Warm: the manager is in the reply box, then clicks "Suggest reply" (a human takes > 300 ms).
    const warm: number[] = [];
    for (let i = 0; i < clicks; i++) {
      await box.click();
      await idle(page, 400);
      warm.push(await clickToFirstChar(page, () => control.click()));
    }
    // Cold: the first click on a freshly loaded page, with no focus on the box before. (A real click: a
    // synthetic one is not the manager's and starts nothing. Its pointer arrives just before it, as a
    // hand's does, with no time to prepare.)
    const cold: number[] = [];
    for (let i = 0; i < Math.ceil(clicks / 2); i++) {
      await gotoFixture(page, url);
      await idle(page, 300);
      cold.push(await clickToFirstChar(page, () => control.click()));
    }
    // The draft requests (streamed), not the reading of the room.
    const drafts = (await fake.requestBodies()).filter((body) => (body as { stream?: boolean }).stream);
    const messagesOf = (body: unknown) =>
      (body as { messages: OpenAI.ChatCompletionMessageParam[] }).messages;
    const promptTokens = drafts.map((body) =>
      messagesOf(body).reduce((total, m) => total + encode(String(m.content ?? '')).length, 0),
    );
    const direct: number[] = [];
    for (let i = 0; i < clicks; i++) direct.push(await directFirstToken(fake.baseURL, messagesOf(drafts[0])));
    return { warm, cold, direct, promptTokens };
  } finally {
    await browser.close();
    fake.stop();
  }
}

/** One click on the control, to the first character of a draft painted in its panel; then Escape. */
async function clickToFirstChar(page: Page, click: () => Promise<void>): Promise<number> {
  await page.evaluate(() => delete (window as { __clickAt?: number }).__clickAt);
  await click();
  const frame = await waitForPanel(page);
  // Polled slowly: the stamp is taken in the frame itself, and fast polling would load the panel.
  const firstChar = await frame.waitForFunction(
    () => (window as { __firstChar?: number }).__firstChar,
    undefined,
    {
      polling: 100,
    },
  );
  const clickAt = await page.evaluate(() => (window as { __clickAt?: number }).__clickAt ?? Number.NaN);
  const ms = ((await firstChar.jsonValue()) as number) - clickAt;
  await frame.getByRole('button', { name: 'Regenerate' }).waitFor();
  await page.keyboard.press('Escape');
  for (let waited = 0; waited < 5000 && (await panelFrame(page)); waited += 20) await idle(page, 20);
  await idle(page, 150);
  return ms;
}

/** The panel frame bound to a session (a frame made ahead of time waits, inert, until it has one). */
async function panelFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames().filter((f) => /\/panel\.html\?/.test(f.url()))) {
    const bound = await frame
      .evaluate(() => {
        const main = document.querySelector('main');
        return Boolean(main && !main.hasAttribute('inert'));
      })
      .catch(() => false);
    if (bound) return frame;
  }
  return undefined;
}

async function waitForPanel(page: Page): Promise<Frame> {
  for (let waited = 0; waited < 8000; waited += 20) {
    const frame = await panelFrame(page);
    if (frame) return frame;
    await idle(page, 20);
  }
  throw new Error('the panel did not open');
}
