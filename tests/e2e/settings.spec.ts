import { openPanel } from './support/flows';
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
  await page.getByRole('button', { name: 'Save', exact: true }).click();
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
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Use https:// for a remote provider');
  await page.reload();
  await expect(page.getByLabel('Base URL', { exact: true })).toHaveValue(fake.baseURL);
});

test('presets fill the base URL and explain the key and the model', async ({ extension }) => {
  const page = await extension.options();
  const provider = page.getByRole('combobox', { name: 'Provider', exact: true });
  await provider.selectOption({ label: 'Groq' });
  await expect(page.getByLabel('Base URL', { exact: true })).toHaveValue('https://api.groq.com/openai/v1');
  await expect(page.getByText('Create a key at console.groq.com/keys.')).toBeVisible();
  await provider.selectOption({ label: 'Ollama (on this computer)' });
  await expect(page.getByLabel('Base URL', { exact: true })).toHaveValue('http://localhost:11434/v1');
  await expect(page.getByText(/OLLAMA_ORIGINS=chrome-extension:\/\/\*/)).toBeVisible();
  await provider.selectOption({ label: 'Azure OpenAI (v1)' });
  await expect(page.getByText('Replace YOUR-RESOURCE with your resource name.')).toBeVisible();
});

test('the key can be replaced and removed, and is only ever shown masked', async ({ extension, fake }) => {
  await extension.configure(fake, { apiKey: 'sk-first-key-0001' });
  const page = await extension.options();
  await page.reload();
  await expect(page.getByText('A key is stored (sk-…0001)')).toBeVisible();
  await page.getByLabel('API key', { exact: true }).fill('sk-second-key-0002');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('A key is stored (sk-…0002)')).toBeVisible();
  await page.getByRole('button', { name: 'Remove the key' }).click();
  await expect(page.getByText(/A key is stored/)).toHaveCount(0);
  expect(await extension.send(page, { type: 'settings.get', payload: {} })).toMatchObject({
    value: { hasKey: false, maskedKey: '' },
  });
});

test('the usage meter counts the tokens the provider reports, per profile', async ({
  page,
  extension,
  fake,
}) => {
  await openPanel({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    settings: { model: 'gpt-4o-mini' },
    profiles: [{ name: 'Acme Café', voice: 'Cheerful.', makeDefault: true }],
    waitDone: true,
  });
  expect(JSON.stringify(fake.chatRequests()[0]!.body)).toContain('"include_usage":true');
  const options = await extension.options();
  const usage = options.getByRole('table').filter({ hasText: 'Tokens today' });
  const row = usage.getByRole('row', { name: /Acme Café/ });
  // 812 + completion tokens for the drafts, 150 + 30 for the triage, as the fake provider reports them.
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^1,0\d\d$/);
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/< \$0\.01|\$0\.0\d/);
});
