import { PanelFrame } from './support/panel';
import { expect, test } from './support/test';

test('the welcome guide opens on install: connect and test a model, make a profile from a template, then try it on the playground without posting', async ({
  extension,
  fake,
}) => {
  const guide = await extension.installTab();
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText(/Welcome to Reply Copilot/);
  await expect(guide.getByRole('heading', { name: 'Step 1 of 3: Connect a model' })).toBeVisible();

  // 1. A model: the endpoint, the key, the model; saved and tested.
  await guide
    .getByRole('combobox', { name: 'Provider', exact: true })
    .selectOption({ label: 'Other OpenAI-compatible endpoint' });
  await guide.getByRole('textbox', { name: 'Base URL' }).fill(fake.baseURL);
  await guide.getByLabel('API key').fill('sk-onboarding-123456');
  await guide.getByRole('textbox', { name: 'Model' }).fill('fake-model');
  await guide.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(guide.getByText('Saved.')).toBeVisible();
  await guide.getByRole('button', { name: 'Test connection' }).click();
  await expect(guide.getByText(/Connected: 2 models available/)).toBeVisible();

  // 2. A first brand profile, from a template, with its own name.
  await guide.getByRole('button', { name: 'Next' }).click();
  await expect(guide.getByRole('heading', { name: 'Step 2 of 3: Your brand' })).toBeVisible();
  await guide.getByLabel('Start from').selectOption({ label: 'B2B SaaS' });
  await guide.getByRole('textbox', { name: 'Brand name' }).fill('Acme Cloud');
  await guide.getByRole('button', { name: 'Create the profile' }).click();
  await expect(guide.getByText('“Acme Cloud” is ready.')).toBeVisible();
  await expect(guide.getByText('You have 1 profile; “Acme Cloud” speaks by default.')).toBeVisible();

  // 3. The playground: the extension's own page, where suggest and insert work as on the sites.
  await guide.getByRole('button', { name: 'Next' }).click();
  const opened = guide.context().waitForEvent('page');
  await guide.getByRole('link', { name: 'Open the playground' }).click();
  const playground = await opened;
  await playground.waitForLoadState('domcontentloaded');
  expect(playground.url()).toBe(extension.url('playground.html'));
  const editor = playground.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  const reply = playground.getByRole('button', { name: 'Reply', exact: true });
  await expect(reply).toBeDisabled();
  const control = playground.locator('span[data-rc-part="control"]').first();
  await control.click();
  const panel = await PanelFrame.find(playground);
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  await panel.insertButton(0).click();
  await expect(editor).toContainText('Thank you so much! 🙌');
  await expect(editor).toContainText('We are thrilled you noticed.');
  // Draft.js took it into its own state: the Reply button follows that state, as on X.
  await expect(reply).toBeEnabled();
  await expect(playground.getByRole('status')).toHaveText(''); // nothing was posted
  // The prompt spoke as the profile made in step 2, about the playground's post.
  const prompt = JSON.stringify(fake.chatRequests().at(-1)!.body);
  expect(prompt).toContain('Acme Cloud');
  expect(prompt).toContain('Vous livrez à Lyon le dimanche');

  // Done: the settings, where the guide can be opened again.
  await guide.getByRole('link', { name: 'Done: go to the settings' }).click();
  await expect(guide).toHaveURL(extension.url('options.html'));
  await guide.getByRole('link', { name: 'Open the welcome guide' }).click();
  await expect(guide).toHaveURL(extension.url('onboarding.html'));
  await expect(guide.getByRole('heading', { name: 'Step 1 of 3: Connect a model' })).toBeVisible();
});
