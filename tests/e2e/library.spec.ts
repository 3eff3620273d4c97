import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LibraryServer } from '../support/library-server';
import { pageViolations } from './support/axe';
import { savedRow, SavedTab, suggestFromKeyboard } from './support/saved';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/*
 * A team library: one JSON file the team hosts (here, on a server on 127.0.0.1), which every
 * manager's browser follows. The example file published in docs/ is the one served.
 */
type LibraryFile = {
  name: string;
  profiles: { id: string; name: string }[];
  savedReplies: { id: string; title: string; body: string; tags: string[] }[];
};
const example = (): LibraryFile => JSON.parse(readFileSync('docs/library-example.json', 'utf8'));

const test_ = test.extend<{ library: LibraryServer }>({
  // eslint-disable-next-line no-empty-pattern
  library: async ({}, use) => {
    const server = new LibraryServer();
    await server.start();
    await use(server);
    await server.stop();
  },
});

async function subscribe(options: Page, url: string): Promise<void> {
  await options.getByRole('textbox', { name: 'Library address (HTTPS)' }).fill(url);
  await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
}

test_(
  'subscribe: a bad file is refused whole with the field named; a good one brings read-only items, and a copy to edit',
  async ({ extension, library }) => {
    const options = await extension.options();
    const broken = example();
    broken.savedReplies[1]!.body = 'Hi {frist_name}!';
    library.body = JSON.stringify(broken);
    await subscribe(options, library.url);
    await expect(
      options.getByRole('alert').filter({ hasText: 'The library file was refused' }),
    ).toContainText('In saved reply 2 (“Opening hours”), field “body”: Unknown variable: {frist_name}.');
    await expect(options.getByText('No team library yet.')).toBeVisible();
    await expect(options.getByRole('list', { name: 'Saved replies' }).getByRole('listitem')).toHaveCount(0);

    library.body = JSON.stringify(example());
    await subscribe(options, library.url);
    await expect(
      options.getByText('Subscribed to “Acme Café team”: 1 profile and 4 saved replies, read-only.'),
    ).toBeVisible();

    // Read-only, and marked: the profile and the saved replies have no Edit and no Delete.
    const profile = options
      .getByRole('listitem')
      .filter({ hasText: 'Acme Café' })
      .filter({ has: options.getByRole('button', { name: 'Make my copy of “Acme Café”' }) });
    await expect(profile).toContainText('Team library “Acme Café team” · read-only');
    await expect(profile.getByRole('button', { name: 'Edit Acme Café' })).toHaveCount(0);
    await expect(profile.getByRole('button', { name: 'Delete Acme Café' })).toHaveCount(0);
    const refund = savedRow(options, 'Refund policy');
    await expect(refund).toContainText('Team library “Acme Café team” · read-only');
    await expect(refund.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await expect(refund.getByRole('button', { name: /^Delete/ })).toHaveCount(0);

    // A copy of one is the manager's own, and editable.
    await refund.getByRole('button', { name: 'Make my copy of “Refund policy”' }).click();
    const form = options.getByRole('form', { name: 'Saved reply: Refund policy (copy)' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Refund policy, my words');
    await form.getByRole('button', { name: 'Save saved reply' }).click();
    const mine = savedRow(options, 'Refund policy, my words');
    await expect(mine.getByRole('button', { name: 'Edit Refund policy, my words' })).toBeVisible();
    await expect(mine).not.toContainText('read-only');

    // Nothing was ever sent to the team's server but a plain GET, without cookies.
    expect(library.requests.length).toBeGreaterThanOrEqual(2);
    for (const request of library.requests)
      expect(request).toMatchObject({ method: 'GET', path: '/team/library.json', body: '' });
    expect(library.requests.every((r) => r.cookie === undefined)).toBe(true);
  },
);

test_(
  'an update is shown as what it adds, changes and removes, and applies only when the manager says so; checked daily',
  async ({ extension, library, serviceWorker }) => {
    const options = await extension.options();
    library.body = JSON.stringify(example());
    await subscribe(options, library.url);
    await expect(options.getByText(/^Subscribed to “Acme Café team”/)).toBeVisible();

    const next = example();
    next.savedReplies[0]!.body = next.savedReplies[0]!.body.replace('14 days', '30 days');
    next.savedReplies = next.savedReplies.filter((s) => s.id !== 'sent-dm');
    next.savedReplies.push({
      ...next.savedReplies[1]!,
      id: 'loyalty',
      title: 'Loyalty card',
      body: 'Ask for a card at the counter.',
      tags: ['card'],
    });
    library.body = JSON.stringify(next);
    await options.getByRole('button', { name: 'Check now: “Acme Café team”' }).click();
    const update = options.getByRole('group', { name: 'Update of “Acme Café team”' });
    await expect(update).toContainText('An update changes 3 items:');
    await expect(update.getByRole('listitem')).toHaveText([
      'Added: saved reply “Loyalty card”',
      'Changed: saved reply “Refund policy” (body)',
      'Removed: saved reply “We sent you a DM”',
    ]);
    // Not applied yet.
    await expect(savedRow(options, 'We sent you a DM')).toBeVisible();
    await expect(savedRow(options, 'Loyalty card')).toHaveCount(0);

    await update.getByRole('button', { name: 'Apply the update' }).click();
    await expect(update).toHaveCount(0);
    await expect(savedRow(options, 'Loyalty card')).toBeVisible();
    await expect(savedRow(options, 'We sent you a DM')).toHaveCount(0);
    await options.getByRole('button', { name: 'Check now: “Acme Café team”' }).click();
    await expect(options.getByText('Up to date.')).toBeVisible();

    // The background checks every library once a day.
    const alarm = await serviceWorker.evaluate(() => chrome.alarms.get('library-daily'));
    expect(alarm).toMatchObject({ name: 'library-daily', periodInMinutes: 24 * 60 });
  },
);

test_(
  'a library’s profile speaks for its account and its saved replies are in the panel, for every manager who follows it',
  async ({ page, extension, fake, library }) => {
    await extension.configure(fake);
    const options = await extension.options();
    library.body = JSON.stringify(example());
    await subscribe(options, library.url);
    await expect(options.getByText(/^Subscribed to “Acme Café team”/)).toBeVisible();

    await page.bringToFront();
    const site = await FixtureSite.open(page, 'https://x.com/noraq/status/104');
    const saved = new SavedTab(await suggestFromKeyboard(site));
    await expect(
      saved.panel.frame.getByRole('combobox', { name: 'Brand profile' }).locator('option:checked'),
    ).toHaveText('Acme Café');
    await saved.open();
    await expect(saved.chosen()).toHaveText(/Refund policy/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => site.text('inline'))
      .toBe(
        'We are so sorry, Nora. Refunds are issued within 14 days of your request, to the card you paid with. Send us your order number and we will start it today. — Acme Café',
      );
    await site.expectNothingSubmitted();
  },
);

for (const scheme of ['light', 'dark'] as const)
  test_(
    `axe: the options’ saved replies and team library, with an update to review, and the side panel’s list (${scheme})`,
    async ({ extension, library }) => {
      const options = await extension.options();
      await options.emulateMedia({ colorScheme: scheme });
      library.body = JSON.stringify(example());
      await subscribe(options, library.url);
      await expect(options.getByText(/^Subscribed to “Acme Café team”/)).toBeVisible();
      const next = example();
      next.savedReplies.pop();
      library.body = JSON.stringify(next);
      await options.getByRole('button', { name: 'Check now: “Acme Café team”' }).click();
      await expect(options.getByRole('group', { name: 'Update of “Acme Café team”' })).toBeVisible();
      await options.getByRole('button', { name: 'New saved reply' }).click();
      await options.getByRole('textbox', { name: 'Reply', exact: true }).fill('Hi {nope}');
      expect(await pageViolations(options)).toEqual([]);

      const side = await extension.sidePanel();
      await side.emulateMedia({ colorScheme: scheme });
      await side.getByText('Saved replies (4)').click();
      await expect(side.getByRole('region', { name: /^Saved reply: / })).toBeVisible();
      expect(await pageViolations(side)).toEqual([]);
    },
  );
