import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** A box on the page, in CSS pixels (as `boundingBox()` gives it). */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes cover each other anywhere. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const isPanelPage = (frame: Frame): boolean => /\/panel\.html\?/.test(frame.url());

/** A panel frame bound to a session: its page is no longer inert (a frame made ahead of time waits, inert). */
async function isBound(frame: Frame): Promise<boolean> {
  if (!isPanelPage(frame)) return false;
  return frame
    .evaluate(() => {
      const main = document.querySelector('main');
      return Boolean(main && !main.hasAttribute('inert'));
    })
    .catch(() => false);
}

async function boundPanels(page: Page): Promise<Frame[]> {
  const frames = page.frames();
  const bound = await Promise.all(frames.map(isBound));
  return frames.filter((_, i) => bound[i]);
}

/** The suggestion panel framed beside a composer. */
export class PanelFrame {
  constructor(
    readonly page: Page,
    readonly frame: Frame,
  ) {}

  static async find(page: Page, timeout = 8000): Promise<PanelFrame> {
    let frame: Frame | undefined;
    await expect.poll(async () => (frame = (await boundPanels(page))[0]), { timeout }).toBeTruthy();
    return new PanelFrame(page, frame!);
  }

  /** Panels bound to a session in the page. */
  static async count(page: Page): Promise<number> {
    return (await boundPanels(page)).length;
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

  async box(): Promise<Box> {
    const handle = await this.frame.frameElement();
    const box = await handle.boundingBox();
    if (!box) throw new Error('panel frame has no box');
    return box;
  }
}
