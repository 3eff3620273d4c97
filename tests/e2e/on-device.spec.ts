import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/*
 * Chrome's built-in model cannot run here (no model download on this machine), so these tests hand the
 * extension a fake `LanguageModel` with the API's shape, in its service worker and in the options page.
 */

test('with no key set, drafts come from the on-device model, and nothing goes over the network', async ({
  page,
  fake,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() => {
    const answer = [
      '@@1\nMerci Léa ! ',
      'Oui, nous livrons à Lyon.',
      '\n@@2\nBonne question.',
      '\n@@3\nÀ dimanche ?',
    ];
    (globalThis as { LanguageModel?: unknown }).LanguageModel = {
      availability: async () => 'available',
      create: async () => ({
        destroy() {},
        promptStreaming: () =>
          new ReadableStream<string>({
            start(controller) {
              answer.forEach((chunk) => controller.enqueue(chunk));
              controller.close();
            },
          }),
      }),
    };
  });
  const site = await FixtureSite.open(page, 'https://x.com/home', ['openReplyDialog', '100']);
  const panel = await site.suggest();
  await expect(panel.draft(0)).toHaveValue('Merci Léa ! Oui, nous livrons à Lyon.');
  await expect(panel.draft(2)).toHaveValue('À dimanche ?');
  expect(fake.requests).toHaveLength(0);
});

test('the settings offer “On-device (no key, private)” where the browser has it, and show its download', async ({
  context,
  extension,
}) => {
  await context.addInitScript(() => {
    if (!location.href.startsWith('chrome-extension://')) return;
    let state = 'downloadable';
    (globalThis as { LanguageModel?: unknown }).LanguageModel = {
      availability: async () => state,
      create: async (options: { monitor?: (m: EventTarget) => void } = {}) => {
        const monitor = new EventTarget();
        options.monitor?.(monitor);
        for (const loaded of [0.25, 0.5, 1]) {
          await new Promise((r) => setTimeout(r, 400));
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
        }
        state = 'available';
        return { destroy() {}, promptStreaming: () => new ReadableStream() };
      },
    };
  });
  const page = await extension.options();
  await page.reload();
  await page.getByRole('radio', { name: 'On-device (no key, private)' }).check();
  await page.getByRole('button', { name: 'Download the on-device model' }).click();
  await expect(page.getByText(/Downloading the on-device model/)).toBeVisible();
  await expect(page.getByText('The browser’s built-in model is ready.')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  expect(await extension.send(page, { type: 'settings.get', payload: {} })).toMatchObject({
    ok: true,
    value: { kind: 'on-device' },
  });
});

test('where the browser has no built-in model, the option is not shown at all', async ({ extension }) => {
  const page = await extension.options();
  await expect(page.getByLabel('Base URL', { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: /On-device/ })).toHaveCount(0);
});
