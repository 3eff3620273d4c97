import { expect, test } from './support/test';

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

test('X status page: exactly one Suggest reply control, beside the inline reply box', async ({ site }) => {
  await site.goto('https://x.com/samlee/status/102');
  await expect.poll(() => site.controlsIn()).toBe(1);
  // It belongs to the inline composer, next to its tools.
  expect(await site.controlsIn('[data-testid="toolBar"]')).toBe(1);
  await settle(); // and no second one comes later
  expect(await site.controlsIn()).toBe(1);
});

test('LinkedIn classic feed: opening a comment box gives it one control, in the Quill box', async ({
  site,
}) => {
  await site.goto('https://www.linkedin.com/feed/');
  await settle();
  expect(await site.controlsIn()).toBe(0);
  await site.call('openComment', '7001');
  await expect.poll(() => site.controlsIn()).toBe(1);
  expect(await site.page.$('#box-post-7001 .ql-editor')).not.toBeNull(); // the box is Quill's
  expect(await site.controlsIn('#box-post-7001')).toBe(1);
  await settle();
  expect(await site.controlsIn()).toBe(1);
});
