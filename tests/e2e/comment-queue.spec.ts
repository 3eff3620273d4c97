import type { Locator, Page } from '@playwright/test';
import { threadComments, threadUrl, type ThreadComment } from '../fixtures/src/thread/data';
import type { CommentPosition } from '../fixtures/src/thread/page';
import { PanelFrame } from './support/panel';
import {
  commentsTab,
  expectedQueue,
  HIGHLIGHT,
  perfectReader,
  queueIds,
  queueItem,
  reviewButton,
} from './support/queue';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/*
 * The comment queue end to end, on the three thread pages (64 comments, the brand's replies among them):
 * "Review comments" on the post, the queue in the side panel, answered both ways, the spike alert and
 * its threshold, step-through with no click on the page, drafts written ahead, the daily spend cap.
 */

const SURFACES = [
  {
    name: 'X',
    surface: 'x',
    platform: 'x',
    reply: (page: Page, sel: string): Locator => page.locator(`${sel} [data-testid="reply"]`),
  },
  {
    name: 'LinkedIn classic',
    surface: 'linkedin-classic',
    platform: 'linkedin',
    reply: (page: Page, sel: string): Locator =>
      page.locator(
        `${sel} > .comments-comment-social-bar > .comments-comment-social-bar__reply-action-button`,
      ),
  },
  {
    name: 'LinkedIn 2026',
    surface: 'linkedin-2026',
    platform: 'linkedin',
    reply: (page: Page, sel: string): Locator =>
      page.locator(sel).getByRole('button', { name: 'Reply', exact: true }).first(),
  },
] as const;

type Thread = { commentPosition(id: string): CommentPosition | null; commentSelector(id: string): string };
const position = (page: Page, id: string): Promise<CommentPosition | null> =>
  page.evaluate((commentId) => (window.__fixture as unknown as Thread).commentPosition(commentId), id);
const selectorOf = (page: Page, id: string): Promise<string> =>
  page.evaluate((commentId) => (window.__fixture as unknown as Thread).commentSelector(commentId), id);

for (const s of SURFACES) {
  const comments = threadComments(s.platform);
  const first = (tag: string): ThreadComment =>
    comments.find((c) => !c.byBrand && !c.tags.includes('answeredByBrand') && c.tags.includes(tag as never))!;

  test(`${s.name}: the queue sorts the thread by need from one batched request, and raises the spike alert`, async ({
    page,
    extension,
    fake,
  }) => {
    await extension.configure(fake);
    fake.queueReading = perfectReader(s.platform);
    await FixtureSite.open(page, threadUrl(s.surface));
    await reviewButton(page).click();
    const side = await commentsTab(extension);
    await expect(side.getByText('6 of 58 answered')).toBeVisible();
    await expect(side.getByText(/Read by fake-model in 1 request/)).toBeVisible();
    await expect.poll(() => queueIds(side)).toEqual(expectedQueue(comments));
    // One request for the whole thread, listing every comment that is not the brand's, and no drafts.
    expect(fake.queueRequests()).toHaveLength(1);
    const listed = JSON.stringify(fake.queueRequests()[0]!.body).match(/\[\d{5}\] /g) ?? [];
    expect(listed).toHaveLength(58);
    expect(fake.chatRequests()).toHaveLength(0);
    // The thread in numbers, and the recurring complaint over the default 15% threshold.
    await expect(side.getByText('Mood: 19 positive · 19 neutral · 20 negative · 3 sarcastic')).toBeVisible();
    const spike = side.getByRole('alert').filter({ hasText: 'Spike alert' });
    await expect(spike).toContainText(
      '12 of 58 comments (21%) mention late delivery: over your 15% threshold.',
    );
    await expect(spike).toContainText('No public reply is drafted for this.');
    // Each item carries its reading.
    const sarcastic = first('sarcasm');
    await expect(queueItem(side, sarcastic.id).getByRole('list')).toContainText('sarcasm');
    await expect(queueItem(side, sarcastic.id).getByRole('list')).toContainText('late delivery');
  });

  test(`${s.name}: step-through scrolls to and highlights the comment without a click on the page; Reply opens its panel; it leaves the queue when answered either way`, async ({
    page,
    extension,
    fake,
  }) => {
    await extension.configure(fake);
    fake.queueReading = perfectReader(s.platform);
    const site = await FixtureSite.open(page, threadUrl(s.surface));
    await reviewButton(page).click();
    const side = await commentsTab(extension);
    await expect(side.getByText('6 of 58 answered')).toBeVisible();

    // Answered on the page: the brand's reply appears there, and the comment leaves the queue.
    const question = first('question');
    await expect(queueItem(side, question.id)).toBeVisible();
    await site.call('brandReply', question.id, 'Yes, we do. Thanks for asking!');
    await expect(queueItem(side, question.id)).toHaveCount(0);
    await expect(side.getByText('7 of 58 answered')).toBeVisible();
    await side.getByRole('checkbox', { name: 'Unanswered only' }).uncheck();
    await expect(queueItem(side, question.id)).toContainText('answered on the page');
    await side.getByRole('checkbox', { name: 'Unanswered only' }).check();

    // Step-through: the page is scrolled to the comment and it is highlighted; nothing is clicked there.
    await page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.addEventListener('click', () => w.clicks++, true);
    });
    const target = comments.filter((c) => !c.byBrand && !c.tags.includes('answeredByBrand')).at(-3)!;
    expect((await position(page, target.id))?.inViewport).toBe(false);
    await queueItem(side, target.id).getByRole('button', { name: target.author }).click();
    await expect(side.getByText(`Press Reply under ${target.author}’s comment`)).toBeVisible();
    await page.bringToFront();
    await expect.poll(async () => (await position(page, target.id))?.inViewport).toBe(true);
    const where = (await position(page, target.id))!;
    const ring = await page.locator(HIGHLIGHT).boundingBox();
    expect(ring).not.toBeNull();
    expect(Math.abs(ring!.y - where.top)).toBeLessThan(10);
    expect(Math.abs(ring!.height - where.height)).toBeLessThan(12);
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(0);

    // The manager presses Reply: the panel opens for that comment by itself; the insert marks it answered.
    await s.reply(page, await selectorOf(page, target.id)).click();
    const panel = await PanelFrame.find(page);
    await panel.waitDone();
    await expect(panel.frame.getByText(target.text.slice(0, 30), { exact: false }).first()).toBeVisible();
    await panel.insertButton(0).click();
    await expect(queueItem(side, target.id)).toHaveCount(0);
    await expect(side.getByText('8 of 58 answered')).toBeVisible();
    await site.expectNothingSubmitted();
  });
}

test('the spike alert follows the brand’s threshold', async ({ page, extension, fake }) => {
  await extension.configure(fake);
  await extension.addProfile({ name: 'Acme Robotics', voice: 'Precise.' }, true);
  await FixtureSite.open(page, threadUrl('linkedin-classic'));
  await reviewButton(page).click();
  const side = await commentsTab(extension);
  const spike = side.getByRole('alert').filter({ hasText: 'Spike alert' });
  await expect(spike).toContainText('mention late delivery: over your 15% threshold');

  const setTopicShare = async (percent: string): Promise<void> => {
    const options = await extension.options();
    await options.getByRole('button', { name: 'Edit Acme Robotics' }).click();
    await options.getByRole('spinbutton', { name: 'One complaint topic (%)' }).fill(percent);
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect(options.getByRole('button', { name: 'Save profile' })).toHaveCount(0);
  };
  await setTopicShare('25');
  await expect(spike).toHaveCount(0);
  await expect(side.getByText('12 of 58 mention late delivery')).toBeVisible();
  await setTopicShare('20');
  await expect(spike).toContainText(
    '12 of 58 comments (21%) mention late delivery: over your 20% threshold.',
  );
  // A share the form cannot take is refused on the field, and the profile keeps its threshold.
  const options = await extension.options();
  await options.getByRole('button', { name: 'Edit Acme Robotics' }).click();
  await options.getByRole('spinbutton', { name: 'One complaint topic (%)' }).fill('2');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByText('Use a share between 5% and 100%.')).toBeVisible();
  await expect(spike).toContainText('over your 20% threshold');
});

test('drafts written ahead are there the moment the comment’s reply box opens', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  const options = await extension.options();
  await extension.send(options, {
    type: 'settings.save',
    payload: { baseURL: fake.baseURL, model: 'fake-model', price: { input: 1, output: 2 } },
  });
  fake.queueReading = perfectReader('x');
  fake.drafts = ['Written ahead, one.', 'Written ahead, two.', 'Written ahead, three.'];
  await FixtureSite.open(page, threadUrl('x'));
  await reviewButton(page).click();
  const side = await commentsTab(extension);
  await expect(side.getByText('6 of 58 answered')).toBeVisible();
  await side.getByText('Draft ahead (optional)').click();
  await side.getByRole('spinbutton', { name: 'Draft the top' }).fill('2');
  await side.getByRole('button', { name: 'Estimate the cost' }).click();
  await expect(side.getByText(/About \$0\.\d+ for 2 comments/)).toBeVisible();
  await expect(side.getByText(/Spent today: \$[\d.]+ \(no daily cap set\)\./)).toBeVisible();
  await side.getByRole('button', { name: 'Draft these 2' }).click();
  await expect(side.getByText('2 comments have drafts ready.')).toBeVisible();
  expect(fake.chatRequests()).toHaveLength(2);

  const top = expectedQueue(threadComments('x'))[0]!;
  await expect(queueItem(side, top).getByRole('list')).toContainText('drafts ready');
  const author = threadComments('x').find((c) => c.id === top)!.author;
  await queueItem(side, top).getByRole('button', { name: author }).click();
  await page.bringToFront();
  await page.locator(`${await selectorOf(page, top)} [data-testid="reply"]`).click();
  const panel = await PanelFrame.find(page);
  await expect(panel.draft(0)).toHaveValue('Written ahead, one.');
  await expect(panel.draft(2)).toHaveValue('Written ahead, three.');
  expect(fake.chatRequests()).toHaveLength(2); // shown, not asked again
  // Regenerate asks the model afresh.
  fake.drafts = ['Fresh one.', 'Fresh two.', 'Fresh three.'];
  await panel.button('Regenerate').click();
  await expect(panel.draft(0)).toHaveValue('Fresh one.');
  expect(fake.chatRequests()).toHaveLength(3);
});

test('the daily spend cap refuses a run that would go over it, and every generation after it is reached', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  const options = await extension.options();
  const save = (dailySpendCapUsd: number) =>
    extension.send(options, {
      type: 'settings.save',
      payload: {
        baseURL: fake.baseURL,
        model: 'fake-model',
        price: { input: 500, output: 500 },
        dailySpendCapUsd,
      },
    });
  await save(0.5);
  await FixtureSite.open(page, threadUrl('linkedin-2026'));
  await reviewButton(page).click();
  const side = await commentsTab(extension);
  await expect(side.getByText('6 of 58 answered')).toBeVisible();
  await side.getByText('Draft ahead (optional)').click();
  await side.getByRole('spinbutton', { name: 'Draft the top' }).fill('10');
  await side.getByRole('button', { name: 'Estimate the cost' }).click();
  await expect(side.getByText(/That would go over today’s cap/)).toBeVisible();
  await expect(side.getByRole('button', { name: 'Draft these 10' })).toBeDisabled();
  // The background refuses it too, whoever asks.
  const threadId = 'linkedin:7100';
  const reply = await extension.send(side, { type: 'thread.predraft', payload: { threadId, count: 10 } });
  expect(reply).toMatchObject({ ok: false, error: { code: 'spend-cap' } });
  expect(fake.chatRequests()).toHaveLength(0);

  // Once the day's spend has reached the cap, a suggestion is refused with the way out.
  await save(0);
  await page.bringToFront();
  const site = new FixtureSite(page);
  const panel = await site.suggest();
  await expect(panel.alert()).toContainText('Today’s spending cap is reached');
  expect(fake.chatRequests()).toHaveLength(0);
});
