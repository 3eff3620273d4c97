import { contrast } from '@/utils/ui/color';
import { controlViews } from './support/closed-ui';
import { openPanel, openSite } from './support/flows';
import { PanelFrame } from './support/panel';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

test('keyboard: the panel takes focus, ↑ ↓ choose a draft, Enter inserts it, focus returns to the composer', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await site.controls().focus();
  await page.keyboard.press('Enter'); // the control is a real button
  const panel = await PanelFrame.find(page);
  await panel.waitDone();
  await expect(panel.frame.locator('[data-draft="0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.frame.locator('[data-draft="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(panel.frame.locator('[data-draft="1"]')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => site.text('inline'))
    .toBe('Good question: yes, it is. Anything else we can help with?');
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toBeFocused();
  await site.expectNothingSubmitted(); // Enter went to the panel, never to the page
});

test('the suggestions shortcut opens the panel for the box being typed in; Escape goes back to it', async ({
  page,
  extension,
  fake,
  serviceWorker,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://www.linkedin.com/feed/?surface=2026', {
    open: ['openComment', '7001'],
  });
  await page.keyboard.type('Merci ');
  // What the background does when the manager presses the shortcut (browser shortcuts cannot be pressed by automation).
  const opened = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
    return chrome.tabs.sendMessage(
      tab!.id!,
      { type: 'composer.suggestFocused', payload: {} },
      { frameId: 0 },
    );
  });
  expect(opened).toEqual({ ok: true, value: { opened: true } });
  const panel = await PanelFrame.find(page);
  await expect(panel.draft(0)).toHaveValue(/Thank you/);
  await expect(panel.frame.locator('[data-draft="0"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(() => PanelFrame.count(page)).toBe(0);
  await expect(page.locator('.ProseMirror').first()).toBeFocused();
  expect(await site.text('post-7001')).toBe('Merci ');
});

/** `rgb(…)`/`rgba(…)` → #rrggbb (a transparent page background is the browser's white). */
const hex = (css: string): string => {
  const [r, g, b, a] = css.match(/[\d.]+/g)!.map(Number);
  if (a === 0) return '#ffffff';
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
};

for (const [url, theme] of [
  ['https://x.com/samlee/status/102?theme=dim', 'dim'],
  ['https://x.com/samlee/status/102?theme=black', 'black'],
  ['https://www.linkedin.com/feed/?theme=dark', 'dim'],
  ['https://x.com/samlee/status/102', 'light'],
] as const) {
  test(`the control and the panel follow the page’s theme: ${url.split('?')[1] ?? 'light'} → ${theme}`, async ({
    page,
    extension,
    fake,
  }) => {
    const site = await openSite({ page, extension, fake }, url, {
      open: url.includes('linkedin') ? ['openComment', '7001'] : undefined,
    });
    // The control takes the page's text colour: readable on its background (WCAG AA, 4.5:1).
    const text = (await controlViews(page, extension.id))[0]?.color;
    const background_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(contrast(hex(text!), hex(background_!)), `${text} on ${background_}`).toBeGreaterThanOrEqual(4.5);
    const panel = await site.suggest();
    await expect(panel.draft(0)).toHaveValue(/Thank/);
    expect(await panel.frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const background = await panel.frame.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const dark = theme !== 'light';
    expect(background, background).toMatch(
      dark ? /rgb\((0|1\d|2\d), (0|\d\d), (0|\d\d)\)/ : /rgb\(255, 255, 255\)/,
    );
  });
}

test('reduced motion is respected', async ({ page, extension }) => {
  await FixtureSite.open(page, 'https://x.com/samlee/status/102');
  const transition = async () => (await controlViews(page, extension.id))[0]?.transition ?? '';
  expect(await transition()).not.toMatch(/^0s(, 0s)*$/); // the control eases its hover shade in…
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(transition).toMatch(/^0s(, 0s)*$/); // …unless the manager asked for less motion
});

test('the panel’s focus order follows what the manager reads: profile, close, the tabs, regenerate, each draft and its actions, then the change request', async ({
  page,
  extension,
  fake,
}) => {
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [{ name: 'Acme Café', voice: 'Warm.', makeDefault: true }],
    waitDone: true,
  });
  await panel.frame.getByRole('combobox', { name: 'Brand profile' }).focus();
  const order: string[] = [];
  for (let i = 0; i < 17; i++) {
    order.push(
      await panel.frame.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
      }),
    );
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual([
    'Brand profile',
    'Close suggestions',
    'Drafts', // the selected tab; ← → reach the Saved tab
    'Regenerate',
    'Draft 1: Thank',
    'Copy draft 1',
    'Insert draft 1',
    'Draft 2: Answer or ask',
    'Copy draft 2',
    'Insert draft 2',
    'Draft 3: Engage further',
    'Copy draft 3',
    'Insert draft 3',
    'Shorter',
    'Warmer',
    'More formal',
    'Ask for a change',
  ]);
});
