import { ADDON_ID } from './support/addon';
import type { WebExtensionGlobal } from './support/extension';
import { expect, test } from './support/test';

const KEY = 'sk-secret-4f9c2a7d1e';

/**
 * A compromised or confused content script is the threat: code in the extension's content-script world of
 * a site must not be able to read the key. Here that code is run with scripting.executeScript from an
 * extension page, which runs it exactly as a content script runs (same world, same APIs).
 */
test('the key is unreachable from a content script', async ({ extension, fake, site }) => {
  await extension.configure(fake, { apiKey: KEY });
  await site.goto('https://x.com/samlee/status/102');
  await expect.poll(() => site.controlsIn()).toBe(1); // the extension's content script is there
  const options = await extension.options();
  const read = await options.evaluate(async () => {
    const { tabs, scripting } = (globalThis as unknown as WebExtensionGlobal).browser;
    const [tab] = await tabs.query({ url: 'https://x.com/*' });
    const [injection] = await scripting.executeScript({
      target: { tabId: tab!.id! },
      func: async () => {
        // runtime.id: this runs in the extension's content-script world, not in the page's.
        const { runtime, storage } = (globalThis as unknown as WebExtensionGlobal).browser;
        try {
          return JSON.stringify({ id: runtime.id, local: await storage.local.get(null) });
        } catch (error) {
          return JSON.stringify({ id: runtime.id, refused: (error as Error).message });
        }
      },
    });
    return String(injection?.result);
  });
  expect(JSON.parse(read)).toMatchObject({ id: ADDON_ID }); // the probe ran where a content script runs
  expect(read).not.toContain(KEY);
});
