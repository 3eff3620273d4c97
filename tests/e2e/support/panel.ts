import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** A panel frame bound to a session (a hidden frame made ahead of time has no `#s=` yet). */
const isPanel = (frame: Frame): boolean => /\/panel\.html\?[^#]*#s=/.test(frame.url());

/** The suggestion panel framed beside a composer. */
export class PanelFrame {
  constructor(
    readonly page: Page,
    readonly frame: Frame,
  ) {}

  static async find(page: Page): Promise<PanelFrame> {
    let frame: Frame | undefined;
    await expect.poll(() => (frame = page.frames().find(isPanel)), { timeout: 8000 }).toBeTruthy();
    await frame!.waitForLoadState('domcontentloaded');
    return new PanelFrame(page, frame!);
  }

  static count(page: Page): number {
    return page.frames().filter(isPanel).length;
  }

  draft(index: number): Locator {
    return this.frame.getByRole('textbox', { name: new RegExp(`^Draft ${index + 1}`) });
  }

  insertButton(index: number): Locator {
    return this.frame.getByRole('button', { name: `Insert draft ${index + 1}` });
  }

  button(name: string | RegExp): Locator {
    return this.frame.getByRole('button', { name });
  }

  alert(): Locator {
    return this.frame.getByRole('alert');
  }

  /** Waits until generation finished (the Regenerate button is back). */
  async waitDone(): Promise<void> {
    await expect(this.button('Regenerate')).toBeVisible();
  }

  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const handle = await this.frame.frameElement();
    const box = await handle.boundingBox();
    if (!box) throw new Error('panel frame has no box');
    return box;
  }
}
