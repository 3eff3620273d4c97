import type { Mode } from '../support/fake-llm';
import { openPanel, openSite } from './support/flows';
import type { PanelFrame } from './support/panel';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/** Each failure gets its own plain message with the next step, and the composer is never touched. */
const CASES: { name: string; modes: Mode[]; title: RegExp; next: RegExp; button?: string }[] = [
  {
    name: 'a rejected key (401)',
    modes: ['401'],
    title: /rejected the API key/,
    next: /Paste a valid key in Settings/,
    button: 'Open settings',
  },
  {
    name: 'rate limiting (429, after retries)',
    modes: ['429', '429', '429'],
    title: /Too many requests/,
    next: /Wait a few seconds/,
    button: 'Try anyway',
  },
  {
    name: 'a server error (500, after retries)',
    modes: ['500', '500', '500'],
    title: /server error/,
    next: /Retry in a moment/,
    button: 'Try anyway',
  },
  {
    name: 'a hang',
    modes: ['hang'],
    title: /did not start answering/,
    next: /within 2 s/,
    button: 'Try again',
  },
  {
    name: 'a hang after the headers',
    modes: ['hang-after-headers'],
    title: /did not start answering/,
    next: /within 2 s/,
    button: 'Try again',
  },
  {
    name: 'access refused by a local server (403)',
    modes: ['403'],
    title: /refused access/,
    next: /OLLAMA_ORIGINS/,
    button: 'Open settings',
  },
  {
    name: 'an unknown model (404)',
    modes: ['404'],
    title: /Model “fake-model” was not found/,
    next: /Test connection/,
    button: 'Open settings',
  },
  {
    name: 'an exhausted quota (429 insufficient_quota, not retried)',
    modes: ['429-quota'],
    title: /out of credit/,
    next: /Add credit/,
    button: 'Open settings',
  },
];

for (const c of CASES) {
  test(`${c.name}: its own message, and the draft in the box is untouched`, async ({
    page,
    extension,
    fake,
  }) => {
    fake.enqueue(...c.modes);
    const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102', {
      settings: { firstTokenTimeoutMs: 2000 },
    });
    await site.type('[data-testid="tweetTextarea_0"]', 'My own words');
    const panel = await site.suggest();
    await expect(panel.alert()).toContainText(c.title, { timeout: 15_000 });
    await expect(panel.alert()).toContainText(c.next);
    if (c.button) await expect(panel.alert().getByRole('button', { name: c.button })).toBeVisible();
    expect(fake.chatRequests()).toHaveLength(c.modes.length);
    expect(await site.text('inline')).toBe('My own words');
    await site.expectNothingSubmitted();
  });
}

for (const [mode, name] of [
  ['429', 'a 429 with retry-after is retried after the wait, then succeeds'],
  ['503', 'a 503 is retried with backoff, then succeeds'],
] as const) {
  test(name, async ({ page, extension, fake }) => {
    fake.enqueue(mode);
    const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
    await expect(panel.draft(2)).toHaveValue(/What would you like to see next/, { timeout: 10_000 });
    await expect(panel.alert()).toHaveCount(0);
    const [first, second] = fake.chatRequests();
    expect(second).toBeTruthy();
    if (mode === '429') expect(second!.at - first!.at).toBeGreaterThanOrEqual(950); // retry-after: 1
  });
}

/**
 * What a stream broken midway leaves: its own message, the first draft as far as it came, marked
 * incomplete, and nothing put into the box.
 */
async function expectPartialDrafts(site: FixtureSite, panel: PanelFrame, message: string): Promise<void> {
  await expect(panel.alert()).toContainText(message);
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  await expect(panel.frame.getByText('incomplete', { exact: true }).first()).toBeVisible();
  expect(await site.text('inline')).toBe('');
}

test('a malformed chunk keeps the text that came, marked incomplete, with its own message', async ({
  page,
  extension,
  fake,
}) => {
  fake.enqueue('malformed');
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expectPartialDrafts(site, panel, 'an answer the extension cannot read');
});

test('an unreachable endpoint says which host could not be reached', async ({ page, extension, fake }) => {
  await fake.stop(); // nothing listens at its address any more
  const { panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expect(panel.alert()).toContainText(`Could not reach ${new URL(fake.baseURL).host}`);
  await expect(panel.alert()).toContainText('local model server is running');
});

test('a stream cut midway keeps the partial drafts, marked incomplete, and inserts nothing by itself', async ({
  page,
  extension,
  fake,
}) => {
  fake.enqueue('cut');
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expectPartialDrafts(site, panel, 'The answer was cut off');
  // Retry works once the connection is back.
  await panel.alert().getByRole('button', { name: 'Try again' }).click();
  await expect(panel.draft(2)).toHaveValue(/What would you like to see next/);
  await expect(panel.alert()).toHaveCount(0);
});

test('with no model set up, the panel says so and links to the settings', async ({ page }) => {
  const site = await FixtureSite.open(page, 'https://www.linkedin.com/feed/', ['openComment', '7001']);
  const panel = await site.suggest();
  await expect(panel.alert()).toContainText('Connect a model first');
  const opened = page.context().waitForEvent('page');
  await panel.alert().getByRole('button', { name: 'Open settings' }).click();
  expect((await opened).url()).toContain('/options.html');
});
