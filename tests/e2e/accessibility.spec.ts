import { frameViolations, pageViolations } from './support/axe';
import { openPanel } from './support/flows';
import { expect, test } from './support/test';

/** axe-core on every page the manager uses, in both themes: no serious or critical violation. */
for (const scheme of ['light', 'dark'] as const) {
  test(`options, welcome guide and side panel (${scheme})`, async ({ extension, fake }) => {
    await extension.configure(fake);
    await extension.addProfile({ name: 'Acme Café', voice: 'Warm.', bannedWords: ['cheap'] }, true);
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });

    await page.goto(extension.url('options.html'));
    await page.getByRole('button', { name: 'Edit Acme Café' }).click(); // the editor too, with every field
    await expect(page.getByRole('textbox', { name: 'Voice', exact: true })).toBeVisible();
    expect(await pageViolations(page)).toEqual([]);

    await page.goto(extension.url('onboarding.html'));
    for (const step of ['Connect a model', 'Your brand', 'Try it']) {
      await expect(page.getByRole('heading', { name: new RegExp(step) })).toBeVisible();
      expect(await pageViolations(page), step).toEqual([]);
      if (step !== 'Try it') await page.getByRole('button', { name: 'Next' }).click();
    }

    await page.goto(extension.url('sidepanel.html'));
    await page.getByRole('button', { name: 'Post ideas' }).click();
    await page.getByRole('textbox', { name: 'Topic', exact: true }).fill('winter menu');
    await page.getByRole('form', { name: 'Post ideas' }).getByRole('button', { name: 'Post ideas' }).click();
    await expect(page.getByRole('button', { name: 'Send to composer: answer 2' })).toBeVisible();
    expect(await pageViolations(page)).toEqual([]);

    await page.goto(extension.url('playground.html'));
    await expect(page.locator('span[data-rc-part="control"]').first()).toBeVisible();
    expect(await pageViolations(page)).toEqual([]);
  });
}

for (const [url, theme] of [
  ['https://x.com/samlee/status/104', 'light'],
  ['https://x.com/samlee/status/104?theme=black', 'X Lights out'],
  ['https://www.linkedin.com/feed/?theme=dark', 'LinkedIn dark'],
] as const) {
  test(`the suggestion panel, with chips, a banner and a flagged draft (${theme})`, async ({
    page,
    extension,
    fake,
  }) => {
    fake.triage = { sentiment: 'negative', intent: 'complaint', flags: ['crisis'], language: 'en' };
    fake.drafts = [
      'We are so sorry. This is cheap of us, and we will fix it.',
      'Please write to us.',
      'Sorry.',
    ];
    const { panel } = await openPanel({ page, extension, fake }, url, {
      profiles: [{ name: 'Acme Café', voice: 'Warm.', bannedWords: ['cheap'], makeDefault: true }],
      open: url.includes('linkedin') ? ['openComment', '7001'] : undefined,
      waitDone: true,
    });
    await expect(panel.frame.getByRole('alert').first()).toBeVisible(); // the personal-answer banner
    await expect(panel.frame.getByText(/Uses a banned word/)).toBeVisible();
    expect(await frameViolations(panel.frame)).toEqual([]);
  });
}
