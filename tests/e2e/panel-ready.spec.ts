import type { Frame, Page } from '@playwright/test';
import { PanelFrame } from './support/panel';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/** Panel frames in the page, bound to a session or not. */
const panelFrames = (page: Page): Frame[] => page.frames().filter((f) => f.url().includes('/panel.html?'));

test('in a reply box, a hidden panel is made ready; the click shows that same frame, and a page cannot bind it', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  const site = new FixtureSite(page);
  await site.goto('https://x.com/samlee/status/102');
  expect(panelFrames(page)).toHaveLength(0); // nothing is loaded for a page the manager only reads

  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await expect.poll(() => panelFrames(page).length).toBe(1);
  const ready = panelFrames(page)[0]!;
  expect(ready.url()).not.toContain('#s=');
  const element = await ready.frameElement();
  const seen = (): Promise<string> => element.evaluate((frame) => getComputedStyle(frame as Element).opacity);
  expect(await seen()).toBe('0');
  expect((await element.boundingBox())!.x).toBeLessThan(-1000); // off screen
  expect(await element.getAttribute('aria-hidden')).toBe('true');
  expect(await element.getAttribute('tabindex')).toBe('-1');
  // Its page is inert while it waits: nothing in it can be reached.
  await expect(ready.locator('main')).toHaveAttribute('inert', '');

  // The page posts what a binding looks like to every frame it has: without the frame's token, nothing.
  await page.evaluate(() => {
    for (let i = 0; i < window.frames.length; i++)
      window.frames[i]!.postMessage(
        { type: 'reply-copilot:session', token: '', sessionId: 'forged-session-1' },
        '*',
      );
  });
  await page.waitForTimeout(300);
  expect(ready.url()).not.toContain('#s=');
  expect(fake.chatRequests()).toHaveLength(0);

  await site.controls().click();
  const panel = await PanelFrame.find(page);
  expect(panel.frame).toBe(ready); // the frame made ahead of time, not a new one
  expect(panelFrames(page)).toHaveLength(1);
  expect(await seen()).toBe('1');
  await expect(ready.locator('main')).not.toHaveAttribute('inert');
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  await expect(panel.frame.locator('[data-draft="0"]')).toBeFocused();
  await site.expectNothingSubmitted();
});

test('with no panel made ahead of time, the first click still opens one', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  const site = new FixtureSite(page);
  await site.goto('https://x.com/samlee/status/102');
  await site.controls().dispatchEvent('click'); // no pointer over it and no focus in the box before
  const panel = await PanelFrame.find(page);
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  expect(panelFrames(page)).toHaveLength(1);
});
