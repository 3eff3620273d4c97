import { COMPOSERS } from './support/composers';
import { openPanel, openSite } from './support/flows';
import { overlaps, PanelFrame } from './support/panel';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

const normalize = (s: string): string => s.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();

function mentionIn(json: unknown): string | undefined {
  const text = JSON.stringify(json);
  // Quill delta: {"insert":{"mention":{"name":…}}}; ProseMirror JSON: {"type":"mention","attrs":{"label":…}}.
  return (
    text.match(/"mention":\{"name":"([^"]+)"/)?.[1] ??
    text.match(/"type":"mention","attrs":\{"label":"([^"]+)"/)?.[1]
  );
}

for (const composer of COMPOSERS) {
  test(`${composer.name}: suggest, insert into the editor's state, submit enabled, nothing submitted`, async ({
    page,
    extension,
    fake,
  }) => {
    const site = await openSite({ page, extension, fake }, composer.url, { open: composer.open });
    await expect(site.controls()).toHaveCount(1);
    const before = await site.json(composer.editor);
    if (composer.mention) expect(mentionIn(before)).toBe(composer.mention);

    const panel = await site.suggest();
    await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
    await panel.waitDone();
    await expect(panel.draft(1)).toHaveValue(/Good question/);
    await expect(panel.draft(2)).toHaveValue(/What would you like to see next/);
    await panel.insertButton(0).click();

    await expect
      .poll(async () => normalize(await site.text(composer.editor)))
      .toContain('Thank you so much! 🙌 We are thrilled you noticed.');
    await expect(panel.frame.getByText('Inserted into the box')).toBeVisible();
    if (composer.mention) {
      const after = await site.json(composer.editor);
      expect(mentionIn(after)).toBe(composer.mention);
      // The mention still comes first: the draft went after it.
      expect(normalize(await site.text(composer.editor)).indexOf('Thank you')).toBeGreaterThanOrEqual(0);
    }
    await expect(page.locator(await site.submitSelector(composer.editor))).toBeEnabled();
    await site.expectNothingSubmitted();

    // The prompt was built from this thread, fenced as page data.
    const prompt = JSON.stringify(fake.chatRequests()[0]!.body);
    for (const text of composer.promptHas) expect(prompt).toContain(text);
    if (composer.language) expect(prompt).toContain(`marks it as \\"${composer.language}\\"`);
    expect(prompt).toMatch(/<page-data-[0-9a-f]{12} kind=\\"post\\">/);
  });
}

test('the draft already in the box is kept, sent as context, and the insert goes after it', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await site.type('[data-testid="tweetTextarea_0"]', 'Hi Sam! ');
  const panel = await site.suggest();
  await panel.waitDone();
  expect(JSON.stringify(fake.chatRequests()[0]!.body)).toContain('Hi Sam!');
  await panel.insertButton(1).click();
  await expect
    .poll(async () => normalize(await site.text('inline')))
    .toBe('Hi Sam! Good question: yes, it is. Anything else we can help with?');
  await site.expectNothingSubmitted();
});

test('the brand profile made in the settings speaks in the prompt', async ({ page, extension, fake }) => {
  await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [{ name: 'Acme Café', voice: 'Cheerful barista, speaks as “we”, loves puns.' }],
    waitDone: true,
  });
  const system = (fake.chatRequests()[0]!.body as { messages: { content: string }[] }).messages[0]!.content;
  expect(system).toContain('# Brand: Acme Café');
  expect(system).toContain('Voice: Cheerful barista, speaks as “we”, loves puns.');
});

test('drafts stream in character by character and each one can be edited before inserting', async ({
  page,
  extension,
  fake,
}) => {
  fake.chunkDelayMs = 60;
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  const seen = new Set<number>();
  while (!(await panel.button('Regenerate').isVisible())) {
    seen.add((await panel.draft(2).inputValue()).length);
    await page.waitForTimeout(20);
  }
  // The last draft was seen at several intermediate lengths: it streamed in, it did not arrive at once.
  const final = (await panel.draft(2).inputValue()).length;
  expect([...seen].filter((n) => n > 0 && n < final).length).toBeGreaterThanOrEqual(3);

  await panel.draft(2).fill('Edited by the manager: thanks, Sam! ☕');
  await panel.insertButton(2).click();
  await expect.poll(() => site.text('inline')).toBe('Edited by the manager: thanks, Sam! ☕');
});

test('regenerate asks again and replaces the drafts; a nudge reaches the prompt', async ({
  page,
  extension,
  fake,
}) => {
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    waitDone: true,
  });
  fake.drafts = ['Second take one.', 'Second take two.', 'Second take three.'];
  await panel.button('Regenerate').click();
  await expect(panel.draft(0)).toHaveValue('Second take one.');
  await panel.waitDone();
  fake.drafts = ['Short one.', 'Short two.', 'Short three.'];
  await panel.button('Shorter').click();
  await expect(panel.draft(0)).toHaveValue('Short one.');
  expect(fake.chatRequests()).toHaveLength(3);
  expect(JSON.stringify(fake.chatRequests()[2]!.body)).toContain('The manager asks: Shorter');
});

test('Stop ends the generation upstream and keeps what arrived', async ({ page, extension, fake }) => {
  fake.chunkDelayMs = 120;
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expect(panel.draft(0)).toHaveValue(/Thank/);
  await panel.button('Stop').click();
  await expect(panel.frame.getByRole('status')).toHaveText('Stopped.');
  await expect.poll(() => fake.aborted).toBe(1);
  expect(await panel.draft(0).inputValue()).toMatch(/^Thank/);
});

test('closing the panel aborts the request; Escape closes it and gives focus back to the composer', async ({
  page,
  extension,
  fake,
}) => {
  fake.chunkDelayMs = 150;
  const { site, panel: first } = await openPanel(
    { page, extension, fake },
    'https://x.com/samlee/status/102',
  );
  await expect(first.draft(0)).toHaveValue(/Thank/);
  await first.button('Close suggestions').click();
  await expect.poll(() => PanelFrame.count(page)).toBe(0);
  await expect.poll(() => fake.aborted).toBe(1);

  const panel = await site.suggest();
  await expect(panel.draft(0)).toHaveValue(/Thank/);
  await panel.draft(0).focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => PanelFrame.count(page)).toBe(0);
  await expect.poll(() => fake.aborted).toBe(2);
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toBeFocused();
  await site.expectNothingSubmitted();
});

test('the panel sits beside the composer without covering it, nor the text being answered', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  const site = new FixtureSite(page);
  for (const [url, answered] of [
    ['https://x.com/samlee/status/102', page.getByText('Is the pumpkin latte dairy-free?')],
    [
      'https://www.linkedin.com/feed/?surface=2026',
      page.getByText('Est-ce que vous recrutez des ingénieurs'),
    ],
  ] as const) {
    await site.goto(url, url.includes('linkedin') ? ['openReply', '9001'] : undefined);
    const panel = await site.suggest();
    const frame = await panel.box();
    const editor = await page.locator('[contenteditable="true"]').first().boundingBox();
    const control = await site.controls().boundingBox();
    for (const box of [editor!, control!, (await answered.boundingBox())!])
      expect(
        overlaps(frame, box),
        `${url}: panel ${JSON.stringify(frame)} covers ${JSON.stringify(box)}`,
      ).toBe(false);
    // And it is on screen.
    expect(frame.x).toBeGreaterThanOrEqual(0);
    expect(frame.y + frame.height).toBeLessThanOrEqual(800);
  }
});
