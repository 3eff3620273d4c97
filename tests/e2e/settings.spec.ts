import { expect, test } from './support/test';

test('the manager enters Base URL, API key and Model, saves, and tests the connection', async ({
  extension,
  fake,
}) => {
  fake.requiredKey = 'sk-live-abcdef123456';
  const page = await extension.options();
  await page.getByLabel('Base URL', { exact: true }).fill(fake.baseURL);
  await page.getByLabel('API key', { exact: true }).fill('sk-wrong-key-000000');
  await page.getByLabel('Model', { exact: true }).fill('fake-model');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('alert')).toContainText('rejected the API key');

  await page.getByLabel('API key', { exact: true }).fill('sk-live-abcdef123456');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  // The key is never shown again, only masked.
  await expect(page.getByLabel('API key', { exact: true })).toHaveValue('');
  await expect(page.getByText('A key is stored (sk-…3456)')).toBeVisible();
  expect(await page.content()).not.toContain('sk-live-abcdef123456');

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Connected: 2 models available. “fake-model” is one of them.')).toBeVisible();

  // Reloaded, the settings are still there.
  await page.reload();
  await expect(page.getByLabel('Base URL', { exact: true })).toHaveValue(fake.baseURL);
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('fake-model');
});

test('a bad base URL is refused with a message saying what to fix, and nothing is lost', async ({
  extension,
  fake,
}) => {
  const page = await extension.options();
  await extension.configure(fake);
  await page.reload();
  await page.getByLabel('Base URL', { exact: true }).fill('http://api.example.com/v1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Use https:// for a remote provider');
  await page.reload();
  await expect(page.getByLabel('Base URL', { exact: true })).toHaveValue(fake.baseURL);
});
