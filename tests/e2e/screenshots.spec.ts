import { mkdirSync } from 'node:fs';
import type { FakeLlm } from '../support/fake-llm';
import type { ExtensionPages } from './support/extension';
import { controlViews } from './support/closed-ui';
import { openPanel, type Actors } from './support/flows';
import { FixtureSite } from './support/sites';
import { commentsTab, perfectReader, reviewButton } from './support/queue';
import { threadUrl } from '../fixtures/src/thread/data';
import { expect, test, type Page } from './support/test';

/** The README's pictures, taken from the fixture pages on every run so they never go stale. */
const DIR = 'docs/screenshots';
mkdirSync(DIR, { recursive: true });

const X_DRAFTS = [
  'Yes! The pumpkin latte is made with oat milk by default, so it is dairy-free. 🎃',
  'Great question, Sam: it is dairy-free. Would you like it with an extra shot?',
  'It is! Tell us how you like it, and tag a friend who needs one this week. ☕',
];

/** Drafts for Marie's question on LinkedIn, in French. */
const LINKEDIN_DRAFTS = [
  'Merci Marie ! Oui, nous recrutons des alternants ingénieurs à Lyon dès janvier. 🙌',
  'Bonne question : oui, plusieurs postes en alternance sont ouverts. Quel domaine vous intéresse ?',
  'Avec plaisir ! Passez nous voir lors de la journée portes ouvertes le 12 décembre.',
];

/** Drafts for Sam's question on X, finished, in the panel beside the inline reply. */
function xPanel(actors: Actors, url: string) {
  actors.fake.drafts = X_DRAFTS;
  return openPanel(actors, url, { waitDone: true });
}

/** The side panel at its usual width, with a brand profile to speak as. */
async function sidePanel(extension: ExtensionPages, fake: FakeLlm, colorScheme?: 'dark'): Promise<Page> {
  await extension.configure(fake);
  await extension.addProfile({ name: 'Acme Café', voice: 'Warm and playful.' }, true);
  const panel = await extension.context.newPage();
  if (colorScheme) await panel.emulateMedia({ colorScheme });
  await panel.setViewportSize({ width: 420, height: 760 });
  await panel.goto(extension.url('sidepanel.html'));
  return panel;
}

test('README screenshot: suggestions on an X reply', async ({ page, extension, fake }) => {
  const { site, panel } = await xPanel({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await page.screenshot({ path: `${DIR}/panel-x.png` });
  await panel.insertButton(0).click();
  await expect.poll(() => site.text('inline')).toContain('oat milk');
  await page.screenshot({ path: `${DIR}/inserted-x.png`, clip: { x: 282, y: 0, width: 620, height: 360 } });
});

test('README screenshot: suggestions on a LinkedIn reply', async ({ page, extension, fake }) => {
  fake.drafts = LINKEDIN_DRAFTS;
  await openPanel({ page, extension, fake }, 'https://www.linkedin.com/feed/', {
    open: ['openReply', '9001'],
    waitDone: true,
  });
  await page.screenshot({ path: `${DIR}/panel-linkedin.png` });
});

test('README screenshot: the side panel', async ({ extension, fake }) => {
  const panel = await sidePanel(extension, fake);
  await panel.getByRole('button', { name: 'Post ideas' }).click();
  await panel.getByRole('textbox', { name: 'Topic', exact: true }).fill('our new pumpkin latte');
  await panel.getByRole('form', { name: 'Post ideas' }).getByRole('button', { name: 'Post ideas' }).click();
  await expect(panel.getByRole('button', { name: 'Send to composer: answer 2' })).toBeVisible();
  await panel.screenshot({ path: `${DIR}/sidepanel.png` });
});

test('README screenshot: suggestions on X in the Dim theme', async ({ page, extension, fake }) => {
  await xPanel({ page, extension, fake }, 'https://x.com/samlee/status/102?theme=dim');
  await page.screenshot({ path: `${DIR}/panel-x-dim.png` });
});

test('README screenshot: the panel in French on LinkedIn', async ({ page, extension, fake }) => {
  fake.drafts = LINKEDIN_DRAFTS;
  fake.triage = { sentiment: 'positive', intent: 'question', flags: [], language: 'fr' };
  await extension.configure(fake);
  const options = await extension.options();
  await options.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await expect(options.getByRole('heading', { name: 'Fournisseur du modèle' })).toBeVisible();
  const site = await FixtureSite.open(page, 'https://www.linkedin.com/feed/?surface=2026', [
    'openReply',
    '9001',
  ]);
  await expect
    .poll(async () => (await controlViews(page, extension.id))[0]?.text)
    .toContain('Suggérer une réponse');
  const panel = await site.suggest();
  await expect(panel.button('Régénérer')).toBeVisible();
  await page.screenshot({ path: `${DIR}/panel-linkedin-fr.png` });
});

test('README screenshot: the side panel in the dark theme', async ({ extension, fake }) => {
  const panel = await sidePanel(extension, fake, 'dark');
  await panel.getByRole('button', { name: 'Hashtags' }).click();
  await panel
    .getByRole('textbox', { name: 'Your draft', exact: true })
    .fill('Our autumn menu is live: pumpkin spice everything, oat milk at no extra cost.');
  await panel.getByRole('form', { name: 'Hashtags' }).getByRole('button', { name: 'Hashtags' }).click();
  await expect(panel.getByRole('button', { name: 'Send to composer: answer 2' })).toBeVisible();
  await panel.screenshot({ path: `${DIR}/sidepanel-dark.png` });
});

test('README screenshot: the welcome guide', async ({ extension }) => {
  const guide = await extension.installTab();
  await guide.setViewportSize({ width: 900, height: 760 });
  await expect(guide.getByRole('heading', { name: 'Step 1 of 3: Connect a model' })).toBeVisible();
  await guide.screenshot({ path: `${DIR}/onboarding.png` });
});

test('README screenshot: the comment queue and its spike alert', async ({ page, extension, fake }) => {
  await extension.configure(fake);
  fake.queueReading = perfectReader('x');
  await FixtureSite.open(page, threadUrl('x'));
  await reviewButton(page).click();
  const side = await commentsTab(extension);
  await side.setViewportSize({ width: 420, height: 1100 });
  await expect(side.getByText(/Read by fake-model/)).toBeVisible();
  await expect(side.getByRole('alert').filter({ hasText: 'Spike alert' })).toBeVisible();
  await side.screenshot({ path: `${DIR}/comment-queue.png` });
});
