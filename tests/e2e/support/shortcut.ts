import type { Page } from '@playwright/test';
import { PanelFrame } from './panel';

/**
 * Presses the "Suggest replies" shortcut (Alt+Shift+S) the way a person would: through the browser's
 * input pipeline (DevTools protocol), which reaches extension commands and grants `activeTab`.
 * (Playwright's keyboard.press goes to the page and does not reach browser shortcuts.)
 */
export async function pressSuggestShortcut(page: Page): Promise<void> {
  await page.bringToFront(); // shortcuts go to the window in front
  const cdp = await page.context().newCDPSession(page);
  // Alt (1) + Shift (8), S: the key as the keyboard sends it (measured: the native key code is needed).
  const key = {
    modifiers: 1 | 8,
    key: 's',
    code: 'KeyS',
    windowsVirtualKeyCode: 83,
    nativeVirtualKeyCode: 83,
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
}

/** Whether any of the extension's content scripts has run in the page (an isolated world of its own). */
export async function contentScriptRan(page: Page, extensionId: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  cdp.on(
    'Runtime.executionContextCreated',
    (event: { context: { origin: string; auxData?: { type?: string } } }) => {
      if (event.context.auxData?.type === 'isolated') origins.push(event.context.origin);
    },
  );
  await cdp.send('Runtime.enable');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cdp.detach();
  return origins.includes(`chrome-extension://${extensionId}`);
}

/**
 * The shortcut, then the panel it opens. A key sent while the browser window is still taking the focus
 * can be lost on a loaded machine: pressed again (as a person would) if no panel came.
 */
export async function suggestWithShortcut(page: Page): Promise<PanelFrame> {
  for (let attempt = 1; ; attempt++) {
    await pressSuggestShortcut(page);
    const found = await PanelFrame.find(page, attempt < 3 ? 3000 : 8000).catch(() => undefined);
    if (found || attempt >= 3) return found ?? PanelFrame.find(page);
  }
}
