import { DEFAULT_DRAFTS } from '../support/fake-llm';
import { describeEntries } from './support/console';
import type { WebExtensionGlobal } from './support/extension';
import { PanelFrame } from './support/panel';
import { expect, test } from './support/test';

type WithBackground = { getBackgroundPage(): Promise<{ console: Console }> };

/**
 * The check below must be able to fail. This one makes errors on purpose, in an extension page and
 * through the background page, and expects them caught. (When it was written, deliberate throws,
 * rejections and console.error calls built into the background, the content script, the options page and
 * the panel were all caught, each with its file; they were then taken out of the product.)
 */
test('the console check catches errors made in an extension page and in the background page', async ({
  firefox,
  extension,
}) => {
  const options = await extension.options();
  expect(describeEntries(await firefox.console.errors())).not.toContain('canary');
  await options.evaluate(async () => {
    // An inline script: the extension pages' CSP refuses it, and Firefox reports that as an error.
    document.head.append(Object.assign(document.createElement('script'), { textContent: '/* canary */' }));
    console.error('canary: console.error in an extension page');
    const runtime = (globalThis as unknown as WebExtensionGlobal).browser
      .runtime as unknown as WithBackground;
    (await runtime.getBackgroundPage()).console.error('canary: console.error in the background page');
  });
  await expect
    .poll(async () => describeEntries(await firefox.console.errors()))
    .toContain('canary: console.error in the background page');
  const errors = describeEntries(await firefox.console.errors());
  expect(errors).toMatch(/options\.html:\d+: Content-Security-Policy: .* blocked an inline script/);
  expect(errors).toContain('canary: console.error in an extension page');
});

test('a whole suggest → insert run on X logs no console error from the extension', async ({
  firefox,
  extension,
  fake,
  site,
  tab,
}) => {
  await extension.configure(fake);
  await site.goto('https://x.com/samlee/status/102');
  await expect.poll(() => site.controlsIn()).toBe(1);
  await site.clickControl();
  const panel = await PanelFrame.find(tab);
  await panel.waitDone();
  expect(await panel.drafts()).toEqual(DEFAULT_DRAFTS);
  await panel.insert(0);
  await expect.poll(() => site.text('inline')).toContain('Thank you so much!');
  await expect.poll(() => panel.text()).toContain('Inserted into the box');
  await new Promise((resolve) => setTimeout(resolve, 500)); // late reports (a rejected promise, a timer)
  const errors = await firefox.console.errors();
  expect(errors, describeEntries(errors)).toEqual([]);
});
