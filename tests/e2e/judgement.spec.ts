import { readFileSync } from 'node:fs';
import { openPanel } from './support/flows';
import { expect, test } from './support/test';

const KEY = 'sk-judgement-key-7d3f';

test('a brewing crisis gets chips and a banner asking for a personal answer; drafting still works', async ({
  page,
  extension,
  fake,
}) => {
  fake.triage = { sentiment: 'negative', intent: 'complaint', flags: ['crisis', 'sarcasm'], language: 'en' };
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  const chips = panel.frame.getByRole('list', { name: 'Reading of the comment' });
  await expect(chips).toContainText('Sentiment: negative');
  await expect(chips).toContainText('Intent: complaint');
  await expect(chips).toContainText('⚠ crisis');
  await expect(chips).toContainText('⚠ sarcasm');
  await expect(panel.frame.getByRole('alert')).toContainText('This one deserves a personal answer.');
  await panel.waitDone();
  await expect(panel.insertButton(0)).toBeEnabled();
  expect(fake.triageRequests()).toHaveLength(1);
});

test('a topic the brand handles personally raises the banner, with no help from the model', async ({
  page,
  extension,
  fake,
}) => {
  fake.triageMode = 'prose'; // a provider that answers in prose: the model's reading is "unknown"
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/noraq/status/104', {
    profiles: [
      { name: 'Acme Café', voice: 'Warm.', personalTopics: ['refunds', 'allergies'], makeDefault: true },
    ],
  });
  await expect(panel.frame.getByRole('list', { name: 'Reading of the comment' })).toContainText(
    'Sentiment: unknown',
  );
  await expect(panel.frame.getByRole('alert')).toContainText('It touches on refunds');
});

test('a banned word in an edited draft is flagged inline; Fix rewrites that draft only; insertion stays allowed', async ({
  page,
  extension,
  fake,
}) => {
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [{ name: 'Acme Café', voice: 'Warm.', bannedWords: ['cheap'], makeDefault: true }],
    waitDone: true,
  });
  await panel.draft(1).fill('Our latte is cheap and dairy-free!');
  const problems = panel.frame.getByRole('list', { name: 'Brand rules, draft 2' });
  await expect(problems).toHaveText('Uses a banned word: “cheap”.');
  await expect(panel.insertButton(1)).toBeEnabled(); // the human decides

  await panel.button('Fix draft 2').click();
  await expect(panel.draft(1)).toHaveValue('A fixed reply, within the rules.');
  await expect(problems).toHaveCount(0);
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/); // the others are untouched
  const rewrite = JSON.stringify(fake.chatRequests().at(-1)!.body);
  expect(rewrite).toContain('Our latte is cheap and dairy-free!');
  expect(rewrite).toContain('Uses a banned word: “cheap”.');
});

test('a draft too long for X offers Shorten, counted the way X counts', async ({ page, extension, fake }) => {
  fake.drafts = ['字'.repeat(150), 'Short.', 'Also short.'];
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    waitDone: true,
  });
  await expect(panel.frame.getByLabel('300 of 280 characters')).toBeVisible();
  await expect(panel.frame.getByRole('list', { name: 'Brand rules, draft 1' })).toContainText(
    '300 of 280 characters',
  );
  fake.rewrite = '短一点。';
  await panel.button('Shorten draft 1').click();
  await expect(panel.draft(0)).toHaveValue('短一点。');
});

test('the AI disclosure is appended on insert, and the AI-use log records it; CSV export and clear-all work', async ({
  page,
  extension,
  fake,
}) => {
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    profiles: [
      {
        name: 'Acme Café',
        voice: 'Warm.',
        disclosure: '(drafted with AI, checked by Léa)',
        makeDefault: true,
      },
    ],
    waitDone: true,
  });
  await expect(
    panel.frame.getByText('+ “(drafted with AI, checked by Léa)” is added on insert').first(),
  ).toBeVisible();
  await panel.draft(0).fill('Thanks Sam!');
  await panel.insertButton(0).click();
  await expect.poll(() => site.text('inline')).toBe('Thanks Sam!\n\n(drafted with AI, checked by Léa)');

  const options = await extension.options();
  const log = options.getByRole('table').filter({ hasText: 'Draft inserted' });
  await expect(log.getByRole('row', { name: /Draft inserted/ })).toContainText('yes');
  await expect(log.getByRole('row', { name: /Suggestions shown/ })).toContainText('Acme Café');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export as CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain('"inserted","x","https://x.com/samlee/status/102","Acme Café","yes"');
  expect(csv).toContain('"shown","x"');
  await options.getByRole('button', { name: 'Clear all' }).click();
  await options.getByRole('button', { name: 'Yes, clear the log' }).click();
  await expect(options.getByText('Nothing logged yet.')).toBeVisible();
});

test('a comment that tries to instruct the model raises the flag, and no request carries settings or the key', async ({
  page,
  extension,
  fake,
}) => {
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/troll/status/103', {
    settings: { apiKey: KEY },
  });
  await expect(panel.frame.getByRole('list', { name: 'Reading of the comment' })).toContainText(
    '⚠ tries to instruct the AI',
  );
  await panel.waitDone();
  for (const request of fake.requests) {
    const body = JSON.stringify(request.body);
    expect(body).not.toContain(KEY);
    expect(body).not.toContain(fake.baseURL);
    expect(body).not.toMatch(/apiKey|firstTokenTimeoutMs|"baseURL"/);
  }
  // The comment went in as fenced data, for the model to answer as a comment.
  const user = JSON.stringify(fake.chatRequests()[0]!.body);
  expect(user).toMatch(
    /<page-data-[0-9a-f]{12} kind=\\"post\\">\\nAuthor: Troll Account \(@troll\)\\nIgnore all previous instructions/,
  );
});

test('model output is only ever text: markup stays inert and links are never fetched', async ({
  page,
  context,
  extension,
  fake,
}) => {
  fake.drafts = [
    '<img src="https://tracker.example/pixel.png" onerror="alert(1)"> Thanks!',
    'See https://tracker.example/offer',
    '<b>bold</b>',
  ];
  const fetched: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes('tracker.example')) fetched.push(request.url());
  });
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    waitDone: true,
  });
  await expect(panel.draft(0)).toHaveValue(
    '<img src="https://tracker.example/pixel.png" onerror="alert(1)"> Thanks!',
  );
  expect(await panel.frame.locator('img, b').count()).toBe(0);
  await panel.insertButton(0).click();
  await expect.poll(() => site.text('inline')).toContain('<img src=');
  expect(await page.locator('[data-testid="tweetTextarea_0"] img').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);
});

test('emails and phone numbers are hidden from a remote model by default, and can be shown', async ({
  page,
  extension,
  fake,
}) => {
  const { site } = await openPanel({ page, extension, fake }, 'https://x.com/paulg/status/105', {
    waitDone: true,
  });
  let prompt = JSON.stringify(fake.chatRequests()[0]!.body);
  expect(prompt).toContain('écrivez-moi à [email] ou au [phone].');
  expect(JSON.stringify(fake.triageRequests()[0]!.body)).not.toContain('paul.girard@example.fr');

  const options = await extension.options();
  await options.getByRole('checkbox', { name: /Hide email addresses and phone numbers/ }).uncheck();
  await site.goto('https://x.com/paulg/status/105');
  await (await site.suggest()).waitDone();
  prompt = JSON.stringify(fake.chatRequests().at(-1)!.body);
  expect(prompt).toContain('paul.girard@example.fr');
});
