import { readFileSync } from 'node:fs';
import { openPanel } from './support/flows';
import { expect, test } from './support/test';

const systemOf = (body: unknown): string =>
  (body as { messages: { content: string }[] }).messages[0]!.content;

test('two profiles give two visibly different prompts for the same comment; the switcher changes it for this reply', async ({
  page,
  extension,
  fake,
}) => {
  const { panel } = await openPanel({ page, extension, fake }, 'https://www.linkedin.com/feed/', {
    profiles: [
      { name: 'Acme Café', voice: 'Cheerful barista, loves puns.', makeDefault: true },
      { name: 'City Hall', voice: 'Courteous, factual, neutral.' },
    ],
    open: ['openReply', '9002'],
    waitDone: true,
  });
  const switcher = panel.frame.getByRole('combobox', { name: 'Brand profile' });
  await expect(switcher).toHaveValue(/.+/);
  await expect(switcher.locator('option:checked')).toHaveText('Acme Café');

  await switcher.selectOption({ label: 'City Hall' });
  await expect.poll(() => fake.chatRequests().length).toBe(2);
  await panel.waitDone();
  const [first, second] = fake.chatRequests().map((r) => systemOf(r.body));
  expect(first).toContain('# Brand: Acme Café');
  expect(first).toContain('Cheerful barista, loves puns.');
  expect(second).toContain('# Brand: City Hall');
  expect(second).toContain('Courteous, factual, neutral.');
  expect(first).not.toBe(second);
  // Same comment both times.
  const userOf = (i: number) =>
    (fake.chatRequests()[i]!.body as { messages: { content: string }[] }).messages[1]!.content;
  expect(userOf(0).replace(/page-data-\w+/g, '')).toBe(userOf(1).replace(/page-data-\w+/g, ''));
});

test('the profile bound to the account the manager replies as is picked automatically', async ({
  page,
  extension,
  fake,
}) => {
  // The account switcher on Sam's post shows @acmecafe.
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [
      { name: 'Default Brand', voice: 'Plain.', makeDefault: true },
      { name: 'Acme Café X', voice: 'Playful.', bindings: [{ platform: 'X', account: '@AcmeCafe' }] },
    ],
    waitDone: true,
  });
  expect(systemOf(fake.chatRequests()[0]!.body)).toContain('# Brand: Acme Café X');
  await expect(
    panel.frame.getByRole('combobox', { name: 'Brand profile' }).locator('option:checked'),
  ).toHaveText('Acme Café X');
});

test('profiles are managed in the options page: template, field validation, duplicate, delete with undo, default', async ({
  extension,
}) => {
  const page = await extension.options();
  await page.getByLabel('Start from').selectOption({ label: 'Friendly café' });
  await page.getByRole('button', { name: 'New profile' }).click();
  await expect(page.getByLabel('Profile name')).toHaveValue('Friendly café');
  await expect(page.getByLabel('Topic 1')).toHaveValue('Opening hours');

  // A bad field: the message sits on the field, nothing is saved.
  await page.getByLabel('Profile name').fill('');
  await page.getByLabel('Max length on X').fill('500');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Give the profile a name.')).toBeVisible();
  await expect(page.getByText('X allows 280 at most.')).toBeVisible();
  await expect(page.getByLabel('Profile name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('listitem').filter({ hasText: 'Friendly café' })).toHaveCount(0);

  await page.getByLabel('Profile name').fill('Café Lumière');
  await page.getByLabel('Max length on X').fill('240');
  await page.getByRole('button', { name: 'Save profile' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Café Lumière' });
  await expect(row.getByText('default')).toBeVisible(); // the first profile becomes the default

  await row.getByRole('button', { name: 'Duplicate Café Lumière' }).click();
  const copy = page.getByRole('listitem').filter({ hasText: 'Café Lumière (copy)' });
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: /^Make default: / }).click();
  await expect(copy.getByText('default')).toBeVisible();

  await copy.getByRole('button', { name: /^Delete/ }).click();
  await expect(copy).toHaveCount(0);
  await expect(page.getByText('Deleted “Café Lumière (copy)”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Café Lumière (copy)' }).getByText('default'),
  ).toBeVisible();
});

test('import and export: a bad file is refused whole with the field named; a valid old file is migrated', async ({
  extension,
}) => {
  const page = await extension.options();
  await page.getByLabel('Start from').selectOption({ label: 'B2B SaaS' });
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'B2B SaaS' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({
    format: 'reply-copilot/brand-profiles',
    version: 3,
    profiles: [{ name: 'B2B SaaS' }],
  });

  const broken = structuredClone(file);
  broken.profiles[0].id = 'another-id';
  broken.profiles[0].name = 'Imported SaaS';
  broken.profiles[0].voice.formality = 'very';
  await page.getByLabel('Profile file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.getByRole('alert')).toContainText('“broken.json” was not imported.');
  await expect(page.getByRole('alert')).toContainText('field “voice.formality”');
  await expect(page.getByRole('listitem')).toHaveCount(1);

  await page.getByLabel('Profile file to import').setInputFiles('tests/fixtures/db/v1-export.json');
  await expect(
    page.getByText('Imported 1 profile: 1 new, 0 updated (converted from an older format, version 1).'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Edit Acme Café' }).click();
  // (A label wrapping a textarea includes its text, so ask by role, which computes the name properly.)
  await expect(page.getByRole('textbox', { name: 'Voice', exact: true })).toHaveValue(
    'Warm and witty, short sentences.',
  );
});

test('an edited draft becomes a candidate example; promoted, it reaches the next prompt', async ({
  page,
  extension,
  fake,
}) => {
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [{ name: 'Acme Café', voice: 'Cheerful.', makeDefault: true }],
    waitDone: true,
  });
  await panel.draft(1).fill('Yes Sam, oat milk by default, so dairy-free! 🎃');
  await panel.insertButton(1).click();
  await expect.poll(() => site.text('inline')).toContain('oat milk by default');

  const options = await extension.options();
  await options.getByRole('button', { name: 'Edit Acme Café' }).click();
  await expect(options.getByText('Learned from your edits (1)')).toBeVisible();
  await expect(options.getByText('Is the pumpkin latte dairy-free?')).toBeVisible();
  await options.getByRole('button', { name: /^Promote/ }).click();
  await expect(options.getByText('Learned from your edits')).toHaveCount(0);

  // The example is part of the profile now, and the next suggestion for a similar comment carries it.
  await site.goto('https://x.com/samlee/status/102');
  await (await site.suggest()).waitDone();
  const user = (fake.chatRequests().at(-1)!.body as { messages: { content: string }[] }).messages[1]!.content;
  expect(user).toContain('Reply: Yes Sam, oat milk by default, so dairy-free! 🎃');
});

test('a profile renamed in the options shows up at once in the open panel', async ({
  page,
  extension,
  fake,
}) => {
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [{ name: 'Old Name', voice: 'Plain.', makeDefault: true }],
  });
  const switcher = panel.frame.getByRole('combobox', { name: 'Brand profile' });
  await expect(switcher.locator('option:checked')).toHaveText('Old Name');
  const options = await extension.options();
  await options.getByRole('button', { name: 'Edit Old Name' }).click();
  await options.getByLabel('Profile name').fill('New Name');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(switcher.locator('option:checked')).toHaveText('New Name');
});
