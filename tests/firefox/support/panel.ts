import { expect } from '@playwright/test';
import type { Frame, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './addon';

/**
 * The panel frames bound to a session: panel.html, its page no longer inert (one made ahead of time
 * waits, inert). Frames are asked for their own address: puppeteer over BiDi reports a frame's URL only
 * after a navigation event, and a panel frame may still show about:blank there.
 */
async function boundPanels(page: Page): Promise<Frame[]> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  const bound = await Promise.all(
    frames.map((frame) =>
      frame
        .evaluate((origin) => {
          const main = document.querySelector('main');
          return (
            location.href.startsWith(`${origin}/panel.html?`) && Boolean(main && !main.hasAttribute('inert'))
          );
        }, EXTENSION_ORIGIN)
        .catch(() => false),
    ),
  );
  return frames.filter((_, i) => bound[i]);
}

/** The suggestion panel: the extension's panel.html, framed beside a composer. */
export class PanelFrame {
  constructor(readonly frame: Frame) {}

  static async find(page: Page): Promise<PanelFrame> {
    await expect
      .poll(async () => (await boundPanels(page)).length, { message: 'a panel frame bound to a session' })
      .toBe(1);
    const [frame] = await boundPanels(page);
    await frame!.waitForFunction(() => document.readyState === 'complete');
    return new PanelFrame(frame!);
  }

  /** The drafts' texts, in order. */
  drafts(): Promise<string[]> {
    return this.frame.evaluate(() =>
      [...document.querySelectorAll<HTMLTextAreaElement>('textarea.draft-text')].map((t) => t.value),
    );
  }

  /** Still writing (the Regenerate button is not back yet). */
  generating(): Promise<boolean> {
    return this.frame.evaluate(
      () => ![...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Regenerate'),
    );
  }

  async waitDone(): Promise<void> {
    await expect.poll(() => this.generating(), { message: 'generation finished' }).toBe(false);
  }

  async insert(index: number): Promise<void> {
    const button = await this.frame.waitForSelector(
      `button[aria-label="Insert draft ${index + 1}"]:not([disabled])`,
    );
    await button!.click();
  }

  /** The panel's visible text (its status lines included). */
  text(): Promise<string> {
    return this.frame.evaluate(() => document.body.innerText);
  }
}
