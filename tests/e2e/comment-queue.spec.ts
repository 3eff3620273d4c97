import { threadComments, threadUrl } from '../fixtures/src/thread/data';
import { FixtureSite } from './support/sites';
import { commentsTab, expectedQueue, perfectReader, queueIds, reviewButton } from './support/queue';
import { expect, test } from './support/test';

test('X: the queue lists the thread by need, from one batched request', async ({ page, extension, fake }) => {
  await extension.configure(fake);
  fake.queueReading = perfectReader('x');
  const site = await FixtureSite.open(page, threadUrl('x'));
  await reviewButton(page).click();
  const side = await commentsTab(extension);
  await expect(side.getByText('6 of 58 answered')).toBeVisible();
  await expect.poll(() => queueIds(side)).toEqual(expectedQueue(threadComments('x')));
  expect(fake.queueRequests()).toHaveLength(1);
  void site;
});
