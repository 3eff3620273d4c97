import { expect } from '@playwright/test';
import type { Frame, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN } from './addon';

/** A panel frame bound to a session (a hidden frame made ahead of time has no `#s=` yet). */
const isPanel = (frame: Frame): boolean =>
  frame.url().startsWith(`${EXTENSION_ORIGIN}/panel.html?`) && /#s=/.test(frame.url());

/** The suggestion panel: the extension's panel.html, framed beside a composer. */
export class PanelFrame {
  constructor(readonly frame: Frame) {}

  static async find(page: Page): Promise<PanelFrame> {
    await expect
      .poll(() => page.frames().filter(isPanel).length, { message: 'a panel frame bound to a session' })
      .toBe(1);
    const frame = page.frames().find(isPanel)!;
    await frame.waitForFunction(() => document.readyState === 'complete');
    return new PanelFrame(frame);
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
