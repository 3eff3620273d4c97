import type { Page } from '@playwright/test';
import { threadComments, threadUrl, type ThreadComment } from '../fixtures/src/thread/data';
import { COMPOSERS } from './support/composers';
import { openSite } from './support/flows';
import type { PanelFrame } from './support/panel';
import { commentsTab, perfectReader, queueItem, reviewButton } from './support/queue';
import type { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/*
 * Commenter memory, on X and LinkedIn (classic and 2026): off by default; when a profile switches it on,
 * each reply inserted is remembered, the panel says so the next time ("3rd conversation · last …"), the
 * prompt carries the earlier conversations as fenced data, and "Forget this person" erases them.
 */
const BRAND = { name: 'Acme', voice: 'Warm and brief.', makeDefault: true };
const CASES = [
  'X inline reply',
  'LinkedIn classic reply to a comment',
  'LinkedIn 2026 reply to a comment',
].map((name) => COMPOSERS.find((c) => c.name === name)!);
const UNANSWERED_ONLY = 'Unanswered only';
const memoryLine = (panel: PanelFrame) => panel.frame.locator('.memory-line');
const lastPrompt = (fake: { chatRequests(): { body: unknown }[] }): string =>
  JSON.stringify(fake.chatRequests().at(-1)!.body);

/** One reply to the comment: the panel opened, the first draft inserted. */
async function replyOnce(site: FixtureSite, composer: (typeof CASES)[number]): Promise<PanelFrame> {
  await site.goto(composer.url, composer.open);
  const panel = await site.suggest();
  await panel.waitDone();
  return panel;
}
async function insertFirst(panel: PanelFrame): Promise<void> {
  await panel.insertButton(0).click();
  await expect(panel.frame.getByText('Inserted into the box')).toBeVisible();
}

for (const composer of CASES) {
  test(`${composer.name}: the third conversation with a person shows the first two, in the panel and in the prompt`, async ({
    page,
    extension,
    fake,
  }) => {
    const site = await openSite({ page, extension, fake }, composer.url, {
      profiles: [{ ...BRAND, remember: true }],
      open: composer.open,
    });
    const answered = composer.promptHas[1]!; // the comment's text
    for (const round of [1, 2]) {
      const panel = await replyOnce(site, composer);
      if (round === 1) {
        await expect(memoryLine(panel)).toHaveCount(0);
        expect(lastPrompt(fake)).not.toContain('earlier conversations');
      } else await expect(memoryLine(panel)).toContainText('2nd conversation · last');
      await insertFirst(panel);
    }
    const panel = await replyOnce(site, composer);
    const today = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' }).format(new Date());
    await expect(memoryLine(panel)).toContainText(`3rd conversation · last ${today}: question`);
    const prompt = lastPrompt(fake);
    const fence = prompt.match(/kind=\\"earlier conversations\\">([\s\S]*?)<\/page-data-/)?.[1] ?? '';
    expect(fence.split('they said:').length - 1).toBe(2);
    expect(fence).toContain(answered.slice(0, 20));
    expect(fence).toContain('we replied: Thank you so much!');
    await site.expectNothingSubmitted();
  });
}

test('“Forget this person” erases them: the next panel and prompt know nothing of them', async ({
  page,
  extension,
  fake,
}) => {
  const composer = CASES[0]!;
  const site = await openSite({ page, extension, fake }, composer.url, {
    profiles: [{ ...BRAND, remember: true }],
  });
  await insertFirst(await replyOnce(site, composer));
  let panel = await replyOnce(site, composer);
  await expect(memoryLine(panel)).toContainText('2nd conversation');
  expect(lastPrompt(fake)).toContain('earlier conversations');
  await panel.frame.getByRole('button', { name: 'Forget this person' }).click();
  await expect(memoryLine(panel)).toHaveText('Forgotten: nothing is kept about this person now.');

  panel = await replyOnce(site, composer);
  await expect(memoryLine(panel)).toHaveCount(0);
  expect(lastPrompt(fake)).not.toContain('earlier conversations');
  const options = await extension.options();
  await expect(options.getByText('Acme: on, 0 people, kept 90 days')).toBeVisible();
});

test('with memory off (the default), nothing is kept and nothing of it is sent', async ({
  page,
  extension,
  fake,
}) => {
  const composer = CASES[0]!;
  const site = await openSite({ page, extension, fake }, composer.url, { profiles: [BRAND] });
  for (const _ of [1, 2]) await insertFirst(await replyOnce(site, composer));
  const panel = await replyOnce(site, composer);
  await expect(memoryLine(panel)).toHaveCount(0);
  for (const request of fake.chatRequests())
    expect(JSON.stringify(request.body)).not.toContain('earlier conversations');
  const options = await extension.options();
  await expect(options.getByText(/^Acme: off/)).toBeVisible();
  await expect(options.getByRole('button', { name: 'Export people (JSON)' })).toBeDisabled();
});

test('the comment queue marks a person the brand has answered before', async ({ page, extension, fake }) => {
  const site = await openSite({ page, extension, fake }, threadUrl('x'), {
    profiles: [{ ...BRAND, remember: true }],
  });
  fake.queueReading = perfectReader('x');
  const tom = threadComments('x').filter((c) => c.author.startsWith('Tom Hughes'));
  expect(tom).toHaveLength(2);
  await reviewButton(page).click();
  const side = await commentsTab(extension);
  // Tom's first comment was answered by the brand on the page: shown once answered comments are.
  await side.getByRole('checkbox', { name: UNANSWERED_ONLY }).uncheck();
  const [first, second] = tom as [ThreadComment, ThreadComment];
  await expect(queueItem(side, first.id)).toBeVisible();
  await expect(queueItem(side, first.id)).not.toContainText('known:');

  // Answer Tom's second comment: chosen in the queue, then Reply pressed on the page, as the manager would.
  await queueItem(side, second.id).getByRole('button', { name: second.author }).click();
  await page.bringToFront();
  const selector = await page.evaluate(
    (id) => (window.__fixture as unknown as { commentSelector(id: string): string }).commentSelector(id),
    second.id,
  );
  await page.locator(`${selector} [data-testid="reply"]`).first().click();
  await insertFirst(await findPanel(page));
  await expect(queueItem(side, first.id)).toContainText('known: 1 conversation');
  await expect(queueItem(side, second.id)).toContainText('known: 1 conversation');
  await site.expectNothingSubmitted();
});

async function findPanel(page: Page): Promise<PanelFrame> {
  const { PanelFrame } = await import('./support/panel');
  const panel = await PanelFrame.find(page);
  await panel.waitDone();
  return panel;
}
