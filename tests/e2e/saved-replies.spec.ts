import { readFileSync } from 'node:fs';
import { openSiteWithSaved, SavedTab, savedRow, suggestFromKeyboard, addSaved } from './support/saved';
import { frameViolations } from './support/axe';
import { PanelFrame } from './support/panel';
import { expect, test } from './support/test';

/*
 * Saved replies: made in the options, suggested first in the panel for a matching comment, inserted
 * exactly (variables filled by the extension) or adapted by the model with their required passages
 * checked, in the platforms' own editors; the side panel's list; import and export.
 */
const CAFE = { name: 'Acme Café', voice: 'Warm.', makeDefault: true };
const REFUND = {
  title: 'Refund policy',
  body: 'Sorry to hear that, {first_name}. [[Refunds are issued within 14 days of your request.]] — {brand}',
  tags: ['refund', 'sick', 'complaint'],
};
const REFUND_TEXT = 'Refunds are issued within 14 days of your request.';
const OAT = {
  title: 'Dairy-free drinks',
  body: 'Hi {first_name}! [[Every latte can be made with oat milk, at no extra cost.]]',
  tags: ['dairy-free', 'oat milk', 'vegan'],
};
const HOURS = { title: 'Opening hours', body: 'We are open every day from 8 am to 6 pm.', tags: ['hours'] };
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

test('X: the saved reply that matches the comment comes first; “/” then Enter inserts it exactly into Draft.js', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSiteWithSaved({ page, extension, fake }, 'https://x.com/noraq/status/104', {
    profiles: [CAFE],
    saved: [HOURS, OAT, REFUND],
  });
  const saved = new SavedTab(await suggestFromKeyboard(site));
  await saved.open(); // keystroke 1
  await expect(saved.options()).toHaveCount(3);
  await expect(saved.options().first()).toHaveText(/Refund policy/);
  await expect(saved.chosen()).toHaveText(/Refund policy/);
  await expect(saved.detail('Refund policy')).toContainText(
    `Sorry to hear that, Nora. ${REFUND_TEXT} — Acme Café`,
  );
  await page.keyboard.press('Enter'); // keystroke 2
  await expect.poll(() => site.text('inline')).toBe(`Sorry to hear that, Nora. ${REFUND_TEXT} — Acme Café`);
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toBeFocused(); // back in the box
  await site.expectNothingSubmitted();
  expect(fake.adaptRequests()).toHaveLength(0); // exact: no model call

  // Counted, locally; and the AI-use log says it was a saved reply, as it is.
  const options = await extension.options();
  await expect(savedRow(options, 'Refund policy')).toContainText('Used once');
  await expect(options.getByRole('row', { name: /Saved reply inserted as it is/ })).toContainText(
    'Acme Café',
  );
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export as CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/,source$/);
  expect(csv).toContain('"inserted","x","https://x.com/noraq/status/104","Acme Café","no","","saved-exact"');
});

test('LinkedIn: “/” then Enter inserts the best match exactly into Quill; brand rules and the length apply to it', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSiteWithSaved({ page, extension, fake }, 'https://www.linkedin.com/feed/', {
    profiles: [
      { name: 'Acme Robotics', voice: 'Proud, factual.', bannedWords: ['cheap'], makeDefault: true },
    ],
    saved: [
      REFUND,
      {
        title: 'New plant in Lyon',
        body: 'Thank you for following {brand}! [[Every open position at our Lyon plant is on our careers page.]] Not cheap talk.',
        tags: ['plant', 'Lyon', 'jobs'],
      },
    ],
    open: ['openComment', '7001'],
  });
  const saved = new SavedTab(await suggestFromKeyboard(site));
  await saved.open();
  await expect(saved.options().first()).toHaveText(/New plant in Lyon/);
  const detail = saved.detail('New plant in Lyon');
  await expect(detail.getByRole('list', { name: /^Brand rules/ })).toContainText(
    'Uses a banned word: “cheap”',
  );
  await expect(detail.getByLabel(/ of 1250 characters$/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => normalize(await site.text('post-7001')))
    .toBe(
      'Thank you for following Acme Robotics! Every open position at our Lyon plant is on our careers page. Not cheap talk.',
    );
  await site.expectNothingSubmitted();
});

test('fill-in fields and variables the page does not show are asked before insertion; Enter goes through them', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSiteWithSaved({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [CAFE],
    saved: [
      HOURS,
      {
        title: 'Dairy-free, with the order',
        body: 'Hi {first_name}, about order {field:order number}: [[every latte can be made dairy-free.]] {post_author} team, {today}.',
        tags: ['dairy-free', 'latte'],
      },
    ],
  });
  const saved = new SavedTab(await suggestFromKeyboard(site));
  await saved.open();
  await expect(saved.chosen()).toHaveText(/Dairy-free, with the order/);
  await page.keyboard.press('Enter');
  const field = saved.panel.frame.getByRole('textbox', { name: 'order number' });
  await expect(field).toBeFocused();
  await expect(saved.panel.frame.getByText('Fill in first: order number.')).toBeVisible();
  expect(await site.text('inline')).toBe(''); // nothing half-filled went in
  await page.keyboard.type('A-123');
  await page.keyboard.press('Enter');
  const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
  await expect
    .poll(() => site.text('inline'))
    .toBe(`Hi Sam, about order A-123: every latte can be made dairy-free. Acme Café team, ${today}.`);
  await site.expectNothingSubmitted();
});

test('Adapt: the model personalises it, the required passage comes back verbatim and is checked; then it goes in', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSiteWithSaved({ page, extension, fake }, 'https://x.com/noraq/status/104', {
    profiles: [CAFE],
    saved: [HOURS, REFUND],
  });
  const panel = await site.suggest();
  await panel.waitDone();
  await panel.frame.getByRole('tab', { name: /^Saved/ }).click();
  const saved = new SavedTab(panel);
  await saved.button('Adapt “Refund policy” to this comment').click();
  await expect(panel.frame.getByText('Checked: the required passage is there, word for word.')).toBeVisible();
  const request = fake.adaptRequests()[0]!.body as { messages: { content: string }[] };
  expect(request.messages[0]!.content).toContain('# Brand: Acme Café');
  expect(request.messages[1]!.content).toMatch(
    /kind="comment being answered">\nAuthor: Nora Quinn \(@noraq\)\nYour oat latte made me sick last night\. I want a refund\.\n/,
  );
  // Filled by the extension before the model sees it; the required passage marked for it.
  expect(request.messages[1]!.content).toContain(
    `kind="saved reply">\nSorry to hear that, Nora. [[${REFUND_TEXT}]] — Acme Café\n`,
  );
  await saved.button('Insert adapted').click();
  await expect
    .poll(() => site.text('inline'))
    .toBe(`Thanks for asking! Sorry to hear that, Nora. ${REFUND_TEXT} — Acme Café`);
  await site.expectNothingSubmitted();
  const options = await extension.options();
  await expect(options.getByRole('row', { name: /Saved reply inserted, adapted/ })).toContainText(
    'Acme Café',
  );
});

test('Adapt: an answer that drops the required passage is caught, said, and the exact version is offered instead', async ({
  page,
  extension,
  fake,
}) => {
  fake.adapt = 'So sorry, Nora! Refunds usually take about two weeks.';
  const site = await openSiteWithSaved({ page, extension, fake }, 'https://x.com/noraq/status/104', {
    profiles: [CAFE],
    saved: [REFUND],
  });
  const panel = await site.suggest();
  await panel.waitDone();
  await panel.frame.getByRole('tab', { name: /^Saved/ }).click();
  const saved = new SavedTab(panel);
  await saved.button('Adapt “Refund policy” to this comment').click();
  const alert = panel.frame.getByRole('alert').filter({ hasText: 'does not keep this required passage' });
  await expect(alert).toContainText(`“${REFUND_TEXT}”`);
  await expect(saved.button('Insert adapted')).toHaveCount(0);
  await saved.button('Insert the exact version').click();
  await expect.poll(() => site.text('inline')).toBe(`Sorry to hear that, Nora. ${REFUND_TEXT} — Acme Café`);
  await site.expectNothingSubmitted();
});

test('saved replies are managed in the options: unknown variables flagged as typed, edit, duplicate, delete with undo, search', async ({
  extension,
}) => {
  await extension.addProfile({ name: 'Acme Café', voice: 'Warm.' }, true);
  const options = await extension.options();
  await options.getByRole('button', { name: 'New saved reply' }).click();
  const form = options.getByRole('form', { name: /^Saved reply: / });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Opening hours');
  const body = form.getByRole('textbox', { name: 'Reply', exact: true });
  await body.fill('Hi {frist_name}, we open at 8.');
  await expect(form.getByText(/^Unknown variable: \{frist_name\}\./)).toBeVisible();
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Save saved reply' }).click();
  await expect(savedRow(options, 'Opening hours')).toHaveCount(0); // refused: nothing saved, nothing lost
  await expect(body).toHaveValue('Hi {frist_name}, we open at 8.');
  await body.fill('Hi {first_name}, we open at 8.');
  await expect(form.getByText(/^Unknown variable/)).toHaveCount(0);
  await form.getByRole('button', { name: 'Save saved reply' }).click();
  await expect(savedRow(options, 'Opening hours')).toContainText('Not used yet');

  await savedRow(options, 'Opening hours').getByRole('button', { name: 'Edit Opening hours' }).click();
  await options.getByRole('textbox', { name: 'Tags' }).fill('hours, open');
  await options.getByRole('button', { name: 'Save saved reply' }).click();
  await expect(savedRow(options, 'Opening hours')).toContainText('hours, open');

  await savedRow(options, 'Opening hours').getByRole('button', { name: 'Duplicate Opening hours' }).click();
  await expect(savedRow(options, 'Opening hours (copy)')).toBeVisible();
  await savedRow(options, 'Opening hours (copy)')
    .getByRole('button', { name: 'Delete Opening hours (copy)' })
    .click();
  await expect(savedRow(options, 'Opening hours (copy)')).toHaveCount(0);
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect(savedRow(options, 'Opening hours (copy)')).toBeVisible();

  await addSaved(extension, REFUND);
  const search = options.getByRole('searchbox', { name: 'Search all saved replies' });
  await search.fill('refund');
  await expect(options.getByRole('list', { name: 'Saved replies' }).getByRole('listitem')).toHaveCount(1);
  await search.fill('');
  await expect(options.getByRole('list', { name: 'Saved replies' }).getByRole('listitem')).toHaveCount(3);
});

test('import and export: saved replies travel with their profile; a bad one refuses the file whole, with the field named', async ({
  extension,
}) => {
  await extension.addProfile({ name: 'Acme Café', voice: 'Warm.' }, true);
  const options = await addSaved(extension, REFUND);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({
    format: 'reply-copilot/brand-profiles',
    version: 3,
    profiles: [{ name: 'Acme Café' }],
    savedReplies: [{ title: 'Refund policy', body: REFUND.body, tags: REFUND.tags, language: 'en' }],
  });

  const broken = structuredClone(file);
  broken.savedReplies[0].body = 'Hi {frist_name}.';
  await options.getByLabel('Profile file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = options.getByRole('alert').filter({ hasText: '“broken.json” was not imported.' });
  await expect(alert).toContainText(
    'In saved reply 1 (“Refund policy”), field “body”: Unknown variable: {frist_name}.',
  );
  await expect(savedRow(options, 'Refund policy')).toContainText(REFUND.tags.join(', ')); // untouched

  await savedRow(options, 'Refund policy').getByRole('button', { name: 'Delete Refund policy' }).click();
  await expect(savedRow(options, 'Refund policy')).toHaveCount(0);
  await options.getByLabel('Profile file to import').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(options.getByText('Imported 1 profile: 0 new, 1 updated. And 1 saved reply.')).toBeVisible();
  await expect(savedRow(options, 'Refund policy')).toBeVisible();
});

test('side panel: the same saved replies, with what the page cannot tell asked, sent to the composer or copied', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSiteWithSaved({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [CAFE],
    saved: [OAT],
  });
  await site.type('[data-testid="tweetTextarea_0"]', 'Hello! ');
  const side = await extension.sidePanel();
  await side.getByText('Saved replies (1)').click();
  await expect(side.getByRole('option', { name: /Dairy-free drinks/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await side.getByRole('button', { name: 'Send to composer: “Dairy-free drinks”' }).click();
  const name = side.getByRole('textbox', { name: '{first_name} (not on the page)' });
  await expect(name).toBeFocused();
  await name.fill('Sam');
  await name.press('Enter');
  await expect(side.getByText('Sent to the box. Review it there, then post it yourself.')).toBeVisible();
  await expect
    .poll(() => site.text('inline'))
    .toBe('Hello! Hi Sam! Every latte can be made with oat milk, at no extra cost.');
  await side.getByRole('button', { name: 'Copy saved reply “Dairy-free drinks”' }).click();
  await expect(side.getByText('Copied.')).toBeVisible();
  await site.expectNothingSubmitted();
  const options = await extension.options();
  await expect(savedRow(options, 'Dairy-free drinks')).toContainText('Used 2 times');
  expect(await PanelFrame.count(page)).toBe(0);
});

for (const [url, theme] of [
  ['https://x.com/noraq/status/104', 'light'],
  ['https://x.com/noraq/status/104?theme=black', 'X Lights out'],
] as const) {
  test(`axe: the Saved tab, with fields to fill in and a caught adaptation (${theme})`, async ({
    page,
    extension,
    fake,
  }) => {
    fake.adapt = 'So sorry, Nora!';
    const site = await openSiteWithSaved({ page, extension, fake }, url, {
      profiles: [CAFE],
      saved: [HOURS, { ...REFUND, body: `${REFUND.body} Order {field:order number}.` }],
    });
    const panel = await site.suggest();
    await panel.waitDone();
    await panel.frame.getByRole('tab', { name: /^Saved/ }).click();
    const saved = new SavedTab(panel);
    await panel.frame.getByRole('textbox', { name: 'order number' }).fill('A-1');
    await saved.button('Adapt “Refund policy” to this comment').click();
    await expect(saved.button('Insert the exact version')).toBeVisible();
    expect(await frameViolations(panel.frame)).toEqual([]);
  });
}
