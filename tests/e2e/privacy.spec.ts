import { DEFAULT_MEMORY_SETTINGS } from '@/utils/brand/profile';
import { RECALLED } from '@/utils/memory/people';
import { QUEUE_RETENTION_DAYS } from '@/utils/queue/store';
import { AI_LOG_RETENTION_DAYS } from '@/utils/storage/ai-log';
import { pageViolations } from './support/axe';
import { expect, test } from './support/test';

/**
 * The privacy page: what is kept where, what goes to the model, what goes anywhere else, and how to
 * erase each thing. Its figures are the code's own constants, so this fails when they drift apart.
 */
test('the settings link to the privacy page, which states the code’s own retention figures', async ({
  extension,
}) => {
  const page = await extension.options();
  await page.getByRole('link', { name: 'Privacy: what is kept and sent' }).click();
  await expect(page).toHaveURL(extension.url('privacy.html'));
  await expect(page).toHaveTitle('Reply Copilot: privacy');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Privacy: what Reply Copilot keeps and sends/,
  );
  for (const name of [
    'What is kept, and where',
    'What goes to the model provider you chose',
    'What goes anywhere else',
    'How to erase it',
  ])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

  const kept = page.getByRole('table', { name: 'What the extension keeps, and for how long' });
  const row = (name: RegExp) => kept.getByRole('row', { name });
  await expect(row(/^The AI-use log/)).toContainText(`${AI_LOG_RETENTION_DAYS} days, then deleted`);
  await expect(row(/^Comment queues/)).toContainText(`${QUEUE_RETENTION_DAYS} days after their last update`);
  await expect(row(/^Commenter memory/)).toContainText(
    `Off by default, switched on per profile. When on: ${DEFAULT_MEMORY_SETTINGS.retentionDays} days by default`,
  );
  await expect(row(/^Model settings and API keys/)).toBeVisible();

  const main = page.getByRole('main');
  await expect(main).toContainText(`the last ${RECALLED} conversations with that person`);
  await expect(main).toContainText('email addresses and phone numbers are removed');
  await expect(main).toContainText('nothing leaves this computer');
  await expect(main).toContainText('There is no Reply Copilot server, no analytics and no tracking.');
  await expect(main).toContainText('one plain GET of the address you subscribed to');
  for (const how of ['Clear all', 'Forget this person', 'Forget everyone', 'Delete', 'Unsubscribe'])
    await expect(page.getByRole('listitem').filter({ hasText: how }).first()).toBeVisible();
  await expect(main).toContainText('remove the extension');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await pageViolations(page), scheme).toEqual([]);
  }

  await page.getByRole('link', { name: 'Back to the settings' }).click();
  await expect(page).toHaveURL(extension.url('options.html'));
});

test('the welcome guide links to the privacy page, and the page speaks the interface’s language', async ({
  extension,
}) => {
  const guide = await extension.installTab();
  await guide.getByRole('link', { name: 'What Reply Copilot keeps and sends: the privacy page' }).click();
  await expect(guide).toHaveURL(extension.url('privacy.html'));
  await expect(guide.locator('html')).toHaveAttribute('lang', 'en');
  await expect(guide.getByRole('heading', { level: 1 })).toBeVisible();
});
