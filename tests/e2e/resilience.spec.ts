import { controlViews } from './support/closed-ui';
import { ContentWorld } from './support/content-world';
import { openPanel, openSite } from './support/flows';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

test('navigating away while drafts stream aborts the request upstream', async ({ page, extension, fake }) => {
  fake.chunkDelayMs = 150;
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expect(panel.draft(0)).toHaveValue(/Thank/);
  await site.goto('https://www.linkedin.com/feed/');
  await expect.poll(() => fake.aborted).toBe(1);
});

test('a service-worker restart mid-request leaves no endless spinner: the panel reattaches and finishes', async ({
  page,
  extension,
  fake,
  context,
}) => {
  fake.chunkDelayMs = 120;
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expect(panel.draft(0)).toHaveValue(/Thank/);

  // Stop the extension's service worker, as Chrome does to idle or misbehaving workers.
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extension.id}/`),
  );
  expect(worker).toBeTruthy();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });

  fake.chunkDelayMs = 5;
  // The panel does not spin forever: it reattaches, a new run starts, and the drafts complete.
  await expect(panel.button('Regenerate')).toBeVisible({ timeout: 15_000 });
  await expect(panel.draft(2)).toHaveValue(/What would you like to see next/);
  expect(fake.chatRequests().length).toBeGreaterThanOrEqual(2);
});

/*
 * Chrome does not put a new content script into tabs that were open before an update; the background does
 * (runtime.onInstalled → scripting.executeScript). `chrome.runtime.reload()` cannot be driven here (it
 * unloads an extension loaded from the command line), so these two tests play the two halves of an
 * update: the new script arriving, and the old script finding itself cut off.
 */
test('a new content script injected into an open tab takes over: one working control per composer', async ({
  page,
  extension,
  fake,
  serviceWorker,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expect(site.controls()).toHaveCount(1);
  const before = await page.evaluate(() => document.querySelector('[data-rc]')?.getAttribute('data-rc'));

  // What the background does on install and update, for every open LinkedIn and X tab.
  await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
    await chrome.scripting.executeScript({
      target: { tabId: tab!.id! },
      files: ['/content-scripts/composer.js'],
    });
  });
  await expect
    .poll(() => page.evaluate(() => document.querySelector('[data-rc]')?.getAttribute('data-rc')))
    .not.toBe(before);
  await expect(site.controls()).toHaveCount(1);
  await site.call('rerenderComposer');
  await expect(site.controls()).toHaveCount(1);
  const panel = await site.suggest();
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  await panel.insertButton(0).click();
  await expect.poll(() => site.text('inline')).toContain('Thank you so much');
  await site.expectNothingSubmitted();
});

test('a content script cut off from its extension says “reload this tab” and stops working on the page', async ({
  page,
  extension,
}) => {
  const site = await FixtureSite.open(page, 'https://www.linkedin.com/feed/', ['openComment', '7001']);
  await expect(site.controls()).toHaveCount(1);
  // What an update does to the old script: its runtime has no id any more.
  const world = await ContentWorld.attach(page, extension.id);
  await world.run(`Object.defineProperty(chrome.runtime, 'id', { get: () => undefined }); return true;`);
  await site.call('openComment', '7002'); // any change in the page lets it notice
  await expect(site.controls()).toHaveCount(1); // no new control from a dead script
  await expect
    .poll(async () => (await controlViews(page, extension.id))[0])
    .toMatchObject({
      label: expect.stringMatching(/reload this tab/),
      text: expect.stringContaining('Reload tab to suggest'),
    });
});

test('when a site changes its page, the extension stays silent in it and says “not recognised” in the toolbar', async ({
  page,
  serviceWorker,
}) => {
  // Opening the comment box focuses it (unrecognised).
  const site = await FixtureSite.open(page, 'https://www.linkedin.com/feed/?markup=changed', [
    'openComment',
    '7001',
  ]);
  await expect(page.locator('.ql-editor')).toBeFocused();
  await expect(site.controls()).toHaveCount(0);
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
        return [
          await chrome.action.getBadgeText({ tabId: tab!.id! }),
          await chrome.action.getTitle({ tabId: tab!.id! }),
        ];
      }),
    )
    .toEqual(['?', expect.stringContaining('not recognised here')]);
});
