import { GENERIC_SITES } from '../fixtures/src/generic/data';
import { DEFAULT_DRAFTS } from '../support/fake-llm';
import { openSite } from './support/flows';
import { contentScriptRan, suggestWithShortcut } from './support/shortcut';
import { expect, test } from './support/test';

const normalize = (s: string): string => s.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();
const firstDraft = normalize(DEFAULT_DRAFTS[0]!);

/*
 * The generic mode on sites the extension has no adapter for, each page built from the site's real
 * editor and served under its real origin. It is invoked the way the keyboard command is, nothing ran
 * on the site before, and the draft lands in the editor's own state.
 */
for (const site of Object.values(GENERIC_SITES)) {
  test(`${site.fixture}: the shortcut in the reply box reads the text answered, streams drafts, inserts into the editor’s state, submits nothing`, async ({
    page,
    extension,
    fake,
  }) => {
    const fixture = await openSite({ page, extension, fake }, site.url);
    expect(await contentScriptRan(page, extension.id)).toBe(false); // nothing runs until the manager asks
    await page.locator(site.caret).click();
    const panel = await suggestWithShortcut(page);
    // The panel shows what it read: the site, and the comment the box answers.
    await expect(panel.frame.locator('.context')).toContainText(site.answered.text.slice(0, 40));
    await expect(panel.frame.locator('.context')).toContainText(site.answered.author);
    await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
    await panel.waitDone();
    const prompt = JSON.stringify(fake.chatRequests()[0]!.body);
    expect(prompt).toContain(site.answered.text.slice(0, 60));
    expect(prompt).toMatch(/<page-data-[0-9a-f]{12} kind=\\"comment being answered\\">/);
    for (const other of site.others) expect(prompt).not.toContain(`Author: ${other.author}\\n${other.text}`);
    await panel.insertButton(0).click();
    await expect.poll(async () => normalize(await fixture.text(site.editorId))).toContain(firstDraft);
    await expect(page.locator(site.submit)).toBeEnabled();
    await fixture.expectNothingSubmitted();
    expect(await contentScriptRan(page, extension.id)).toBe(true);
  });
}

test('the manager corrects what was read with one click: “use my selection instead”', async ({
  page,
  extension,
  fake,
}) => {
  const site = GENERIC_SITES.facebook;
  await openSite({ page, extension, fake }, site.url);
  await page.locator(site.caret).click();
  const panel = await suggestWithShortcut(page);
  await panel.waitDone();
  await panel.button('Use my selection instead').click();
  await expect(panel.frame.getByText('Select the text you answer on the page first')).toBeVisible();
  await page.locator(site.elsewhere.selector).selectText();
  await panel.button('Use my selection instead').click();
  await expect(panel.frame.locator('.context')).toContainText(site.elsewhere.text.slice(0, 30));
  await expect(panel.frame.getByText('Read from your selection on the page.')).toBeVisible();
  await expect.poll(() => fake.chatRequests().length).toBe(2);
  expect(JSON.stringify(fake.chatRequests()[1]!.body)).toContain(site.elsewhere.text.slice(0, 40));
});

test('a LinkedIn page whose boxes the adapter misses: the toolbar says so, the shortcut still suggests and inserts, and the report holds no page text', async ({
  page,
  extension,
  fake,
  serviceWorker,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://www.linkedin.com/feed/?markup=changed', {
    open: ['openComment', '7001'],
  });
  await page.locator('#box-post-7001 .ql-editor').click();
  await expect(site.controls()).toHaveCount(0); // the adapter does not recognise the renamed box
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
        return chrome.action.getTitle({ tabId: tab!.id! });
      }),
    )
    .toContain('press Alt+Shift+S to use the generic mode');

  const panel = await suggestWithShortcut(page);
  await expect(panel.frame.locator('.context')).toContainText('We just opened our new plant in Lyon');
  await panel.waitDone();
  await panel.insertButton(0).click();
  await expect.poll(async () => normalize(await site.text('post-7001'))).toContain(firstDraft);
  await site.expectNothingSubmitted();
  // LinkedIn's own limits still apply in the generic mode there.
  expect(JSON.stringify(fake.chatRequests()[0]!.body)).toContain(
    'Platform: LinkedIn. Each reply at most 1250',
  );

  // The side panel offers a report for the bug tracker: the version and which markers matched, no text.
  const side = await extension.sidePanel();
  await side.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { copied: string[] }).copied = seen;
    navigator.clipboard.writeText = async (text: string) => void seen.push(text);
  });
  await side.getByRole('button', { name: 'Copy a report' }).click();
  await expect(side.getByText('Report copied.')).toBeVisible();
  const [report] = await side.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(report).toMatch(/^Reply Copilot \d+\.\d+\.\d+/);
  expect(report).toContain('Site: www.linkedin.com');
  // The renamed box: its form and editor markers matched nothing (markers for other pages may be listed too).
  expect(report).toMatch(/linkedin-classic: nothing matched form, textEditor[,;]/);
  for (const text of ['We just opened our new plant', 'Acme Robotics', 'Marie Dupont', 'Thank you so much'])
    expect(report).not.toContain(text);
});

test('on a site the manager used the generic mode on, the side panel’s “Send to composer” works too', async ({
  page,
  extension,
  fake,
}) => {
  const site = GENERIC_SITES.mastodon;
  const fixture = await openSite({ page, extension, fake }, site.url);
  await page.locator(site.caret).click();
  const panel = await suggestWithShortcut(page);
  await panel.button('Close suggestions').click();
  await page.locator(site.caret).click();
  const side = await extension.sidePanel();
  await expect(side.getByRole('status').filter({ hasText: 'generic mode is on' })).toContainText(
    'mastodon.social',
  );
  await side.getByRole('textbox', { name: 'Ask anything' }).fill('A friendly line');
  await side.getByRole('textbox', { name: 'Ask anything' }).press('Enter');
  await side.getByRole('button', { name: 'Send to composer: answer 2' }).click();
  await expect.poll(() => fixture.text(site.editorId)).toContain('Here are three ideas');
  await fixture.expectNothingSubmitted();
});
