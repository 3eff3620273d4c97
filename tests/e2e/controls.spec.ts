import { openSite } from './support/flows';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/** One "Suggest reply" control per reply composer, through navigation, re-renders and endless feeds. */

test('X: one control on the inline reply, none on the new-post box, through SPA navigation and re-renders', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/home');
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(1); // "What is happening?!"
  await expect(site.controls()).toHaveCount(0);

  await site.call('openReplyDialog', '101');
  await expect(site.controls()).toHaveCount(1);
  await expect(page.getByRole('dialog').locator('span[data-rc-part="control"]')).toHaveCount(1);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(site.controls()).toHaveCount(0);

  await site.call('navigate', '/samlee/status/102'); // history.pushState, as X does
  await expect(site.controls()).toHaveCount(1);
  for (let i = 0; i < 3; i++) await site.call('rerenderComposer');
  await expect(site.controls()).toHaveCount(1);
  // The control belongs to the composer, next to its tools.
  await expect(page.locator('[data-testid="toolBar"]').locator('span[data-rc-part="control"]')).toHaveCount(
    1,
  );
  await page.goBack();
  await expect(site.controls()).toHaveCount(0);
  await page.goForward();
  await expect(site.controls()).toHaveCount(1);

  // After all that, it still works.
  const panel = await site.suggest();
  await expect(panel.draft(0)).toHaveValue(/Thank you/);
});

for (const surface of ['classic', '2026'] as const) {
  test(`LinkedIn ${surface}: each comment and reply box gets exactly one control, also deep in an endless feed`, async ({
    page,
  }) => {
    const site = await FixtureSite.open(
      page,
      `https://www.linkedin.com/feed/${surface === '2026' ? '?surface=2026' : ''}`,
    );
    await expect(site.controls()).toHaveCount(0);
    await site.call('openComment', '7001');
    await site.call('openReply', '9001');
    await site.call('openComment', '7002');
    await expect(site.controls()).toHaveCount(3);
    for (const box of ['post-7001', 'reply-9001', 'post-7002'])
      await expect(page.locator(`#box-${box}`).locator('span[data-rc-part="control"]')).toHaveCount(1);

    // Infinite scroll: 300 more posts arrive; a comment box far down the feed still gets its control.
    await site.call('appendPosts', 300);
    await site.call('openComment', '8250');
    await expect(site.controls()).toHaveCount(4);
    await expect(page.locator('#box-post-8250').locator('span[data-rc-part="control"]')).toHaveCount(1);

    // Opening the same box again, or removing one, never leaves a stray control.
    await site.call('openComment', '7001');
    await site.call('removeBox', 'reply-9001');
    await expect(site.controls()).toHaveCount(3);
  });
}
