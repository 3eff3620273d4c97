import type { Frame, Page } from '@playwright/test';
import { PANEL_HOST } from './support/closed-ui';
import { openSite } from './support/flows';
import { expect, test } from './support/test';

/** Panel frames in the page, bound to a session or not. */
const panelFrames = (page: Page): Frame[] => page.frames().filter((f) => f.url().includes('/panel.html?'));

test('once a reply box is on the page, a hidden panel is made ready at idle; the click shows that same frame, and a page cannot bind it', async ({
  page,
  extension,
  fake,
}) => {
  // A timeline with no reply box open: nothing is loaded for a page the manager only reads.
  const site = await openSite({ page, extension, fake }, 'https://x.com/home');
  await page.waitForTimeout(1000);
  expect(panelFrames(page)).toHaveLength(0);

  // A post's page has its reply box: a panel is made ready once the page is idle, before any click.
  await site.goto('https://x.com/samlee/status/102');
  await expect.poll(() => panelFrames(page).length).toBe(1);
  const ready = panelFrames(page)[0]!;
  const element = await ready.frameElement();
  const seen = (): Promise<string> => element.evaluate((frame) => getComputedStyle(frame as Element).opacity);
  expect(await seen()).toBe('0');
  expect((await element.boundingBox())!.x).toBeLessThan(-1000); // off screen
  expect(await element.getAttribute('aria-hidden')).toBe('true');
  expect(await element.getAttribute('tabindex')).toBe('-1');
  // Its page is inert while it waits: nothing in it can be reached.
  await expect(ready.locator('main')).toHaveAttribute('inert', '');

  // A page script forges a well-formed binding, even with the frame's own token (which it could not
  // read: the test hands it over), and posts it every way a page can. The panel takes its session
  // from the background only, so nothing binds it, and a page has no way to the background at all.
  const token = new URL(ready.url()).searchParams.get('w');
  expect(token).toMatch(/^[0-9a-f]{32}$/);
  const reachable = await page.evaluate((frameToken) => {
    const forged = [
      { type: 'reply-copilot:session', token: frameToken, sessionId: 'forged-session-1' },
      { type: 'attach', sessionId: 'forged-session-1' },
      { type: 'session', sessionId: 'forged-session-1', context: {}, profileId: 'p', configured: true },
    ];
    for (let i = 0; i < window.frames.length; i++)
      for (const message of forged) window.frames[i]!.postMessage(message, '*');
    return typeof (window as { chrome?: { runtime?: { connect?: unknown } } }).chrome?.runtime?.connect;
  }, token);
  expect(reachable).toBe('undefined');
  await page.waitForTimeout(300);
  await expect(ready.locator('main')).toHaveAttribute('inert', '');
  expect(fake.chatRequests()).toHaveLength(0);

  const panel = await site.suggest();
  expect(panel.frame).toBe(ready); // the frame made ahead of time, not a new one
  expect(panelFrames(page)).toHaveLength(1);
  expect(await seen()).toBe('1');
  await expect(ready.locator('main')).not.toHaveAttribute('inert');
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  await expect(panel.frame.locator('[data-draft="0"]')).toBeFocused();
  await site.expectNothingSubmitted();
});

test('when the page drops the panel made ahead of time, the first click still opens one', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await site.controls().hover(); // the manager heads for the control: a panel is made ahead, hidden
  await expect(page.locator(PANEL_HOST)).toHaveCount(1);
  await page.evaluate((host) => document.querySelector(host)?.remove(), PANEL_HOST); // the page drops it
  const panel = await site.suggest();
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  expect(panelFrames(page)).toHaveLength(1);
});
