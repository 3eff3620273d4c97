import { controlViews } from './support/closed-ui';
import { openSite } from './support/flows';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

test.describe('in a French browser', () => {
  test.use({ browserLocale: 'fr-FR' });

  test('the interface speaks French by default: guide, control, panel and its messages', async ({
    page,
    extension,
    fake,
  }) => {
    const guide = await extension.installTab();
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText(/Bienvenue dans Reply Copilot/);
    await expect(guide).toHaveTitle('Bienvenue dans Reply Copilot');
    const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102');
    await expect
      .poll(async () => (await controlViews(page, extension.id))[0]?.label)
      .toBe('Suggérer une réponse');
    const panel = await site.suggest();
    await expect(panel.frame.getByRole('heading', { name: 'Réponses suggérées' })).toBeVisible();
    await expect(panel.frame.getByRole('textbox', { name: 'Brouillon 1 : Remercier' })).toHaveValue(
      /Thank you so much/,
    );
    await expect(panel.frame.getByRole('list', { name: 'Lecture du commentaire' })).toContainText(
      'Ton : neutre',
    );
    await panel.frame.getByRole('button', { name: 'Insérer le brouillon 1' }).click();
    await expect(
      panel.frame.getByText('Inséré dans la zone. Relisez-le, puis publiez-le vous-même.'),
    ).toBeVisible();
    await site.expectNothingSubmitted();
  });
});

test('the options change the language of every part: settings, guide, page control, panel and errors', async ({
  page,
  extension,
  fake,
}) => {
  fake.mode = '401';
  await extension.configure(fake);
  const options = await extension.options();
  await expect(options.getByRole('heading', { name: 'Model provider' })).toBeVisible();
  await options.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  // The page reloads in the new language.
  await expect(options.getByRole('heading', { name: '模型服务商' })).toBeVisible();
  await expect(options).toHaveTitle('Reply Copilot 设置');
  await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(options.getByRole('combobox', { name: '语言' })).toHaveValue('zh_CN');

  // A LinkedIn tab opened now: the control, the panel, and an error from the background, in Chinese.
  const site = await FixtureSite.open(page, 'https://www.linkedin.com/feed/?surface=2026', [
    'openComment',
    '7001',
  ]);
  await expect.poll(async () => (await controlViews(page, extension.id))[0]?.label).toBe('建议回复');
  // The page's own document is not ours: its language stays the page's.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  const panel = await site.suggest();
  await expect(panel.frame.getByRole('heading', { name: '建议的回复' })).toBeVisible();
  await expect(panel.alert()).toContainText('服务商拒绝了 API 密钥');
  await expect(panel.alert().getByRole('button', { name: '打开设置' })).toBeVisible();

  // Back to the browser's language.
  await options.getByRole('combobox', { name: '语言' }).selectOption({ value: '' });
  await expect(options.getByRole('heading', { name: 'Model provider' })).toBeVisible();
});
