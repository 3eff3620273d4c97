import type { ElementHandle, Page } from 'puppeteer-core';
import { ADDON_ID, EXTENSION_ORIGIN } from './support/addon';
import type { WebExtensionGlobal } from './support/extension';
import { expect, test } from './support/test';

test('the add-on installs, opens its welcome guide, and its background answers', async ({ extension }) => {
  const guide = await extension.installTab();
  expect(await guide.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/onboarding.html`);
  const options = await extension.options();
  const identity = await options.evaluate(() => {
    const { runtime } = (globalThis as unknown as WebExtensionGlobal).browser;
    return { id: runtime.id, root: runtime.getURL('/') };
  });
  expect(identity).toEqual({ id: ADDON_ID, root: `${EXTENSION_ORIGIN}/` });
  // The background page answers the options page over the real protocol.
  expect(await extension.send(options, { type: 'settings.get', payload: {} })).toMatchObject({
    ok: true,
    value: { baseURL: '', hasKey: false },
  });
});

/** Replaces a field's text by typing, as a manager would. */
async function retype(page: Page, label: string, text: string): Promise<void> {
  const input = await field(page, label);
  await input.evaluate((e) => e.select());
  await input.type(text);
}

/** The form control a visible label names, as a manager finds it. */
async function field(page: Page, label: string) {
  const handle = await page.evaluateHandle(
    (text) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ?? null,
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no field labelled "${label}"`);
  return element as ElementHandle<HTMLInputElement>;
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test('settings saved from the options page are read back', async ({ firefox, extension, fake }) => {
  const page = await extension.options();
  await page.waitForFunction(() => document.querySelector('label') !== null);
  await retype(page, 'Base URL', fake.baseURL);
  await retype(page, 'API key', 'sk-live-abcdef123456');
  await retype(page, 'Model', 'fake-model');
  const save = await page.waitForSelector('::-p-xpath(//button[normalize-space()="Save"])');
  await save!.click();
  await expect.poll(() => bodyText(page)).toContain('Saved.');

  // Read back by the background, and by the page after a reload: the key only masked.
  expect(await extension.send(page, { type: 'settings.get', payload: {} })).toMatchObject({
    ok: true,
    value: { baseURL: fake.baseURL, model: 'fake-model', hasKey: true, maskedKey: 'sk-…3456' },
  });
  await firefox.reload(page);
  await expect.poll(async () => (await field(page, 'Base URL')).evaluate((e) => e.value)).toBe(fake.baseURL);
  expect(await (await field(page, 'Model')).evaluate((e) => e.value)).toBe('fake-model');
  expect(await (await field(page, 'API key')).evaluate((e) => e.value)).toBe('');
  expect(await bodyText(page)).toContain('A key is stored (sk-…3456)');
  expect(await page.content()).not.toContain('sk-live-abcdef123456');
});
