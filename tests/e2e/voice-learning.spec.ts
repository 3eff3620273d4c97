import type { Page } from '@playwright/test';
import {
  PAGE_URLS,
  threadComments,
  threadUrl,
  VOICE_POSTS,
  type ThreadPlatform,
} from '../fixtures/src/thread/data';
import { voiceLines } from '../support/fake-llm';
import { pageViolations } from './support/axe';
import { ContentWorld } from './support/content-world';
import type { ExtensionPages } from './support/extension';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

/*
 * "Learn our voice from these posts" end to end, on the brand's own pages of the fixtures (10 posts
 * each): the posts read from the page, ONE fenced request, proposals accepted or rejected one by one,
 * and only the accepted ones in the next prompt. The page can start none of it.
 */

const PAGES = [
  {
    name: 'LinkedIn classic',
    url: PAGE_URLS.linkedinCompany,
    platform: 'linkedin',
    account: 'Acme Robotics',
  },
  {
    name: 'LinkedIn 2026',
    url: PAGE_URLS.linkedinCompany2026,
    platform: 'linkedin',
    account: 'Acme Robotics',
  },
  { name: 'X', url: PAGE_URLS.xProfile, platform: 'x', account: '@acmecafe' },
] as const;

const userOf = (body: unknown): string =>
  (body as { messages: { role: string; content: string }[] }).messages.find((m) => m.role === 'user')!
    .content;
const systemOf = (body: unknown): string =>
  (body as { messages: { content: string }[] }).messages[0]!.content;

/** The side panel (in a tab) on its Voice tab, the tab's posts read. */
async function voiceTab(extension: ExtensionPages): Promise<Page> {
  const side = await extension.sidePanel();
  await side.getByRole('tab', { name: 'Voice' }).click();
  await side.getByRole('button', { name: 'Read the posts on this page' }).click();
  return side;
}

async function withProfile(extension: ExtensionPages, platform: ThreadPlatform): Promise<void> {
  await extension.addProfile(
    {
      name: platform === 'x' ? 'Acme Café' : 'Acme Robotics',
      voice: 'Plain.',
      bindings: [
        platform === 'x'
          ? { platform: 'X', account: '@acmecafe' }
          : { platform: 'LinkedIn', account: 'Acme Robotics' },
      ],
    },
    true,
  );
}

for (const p of PAGES) {
  test(`${p.name}: the brand's 10 posts are read from its page and sent in one fenced request; the proposals come from them`, async ({
    page,
    extension,
    fake,
  }) => {
    await extension.configure(fake);
    await withProfile(extension, p.platform);
    await FixtureSite.open(page, p.url);
    const side = await voiceTab(extension);
    const posts = VOICE_POSTS[p.platform];
    const list = side.getByRole('group', { name: `Posts by ${p.account} on this page (10)` });
    await expect(list.getByRole('checkbox')).toHaveCount(10);
    await side.getByRole('button', { name: 'Learn our voice from these 10 posts' }).click();
    await expect(side.getByRole('heading', { name: 'Example posts' })).toBeVisible();

    expect(fake.voiceRequests()).toHaveLength(1);
    expect(fake.chatRequests()).toHaveLength(0);
    const body = fake.voiceRequests()[0]!.body;
    // Every post, in page order, fenced as page data under a per-request nonce; no address, no date.
    expect(voiceLines(body)).toEqual(posts.map((post) => ({ id: post.id, text: post.text })));
    const user = userOf(body);
    const nonce = /<page-data-(\w+) kind=/.exec(user)?.[1];
    expect(nonce).toMatch(/^[0-9a-f]{12}$/);
    expect(user.indexOf(`<page-data-${nonce}`)).toBeLessThan(user.indexOf(`[${posts[0]!.id}]`));
    expect(user.indexOf(`</page-data-${nonce}>`)).toBeGreaterThan(user.indexOf(`[${posts[9]!.id}]`));
    expect((body as { max_tokens: number }).max_tokens).toBeLessThanOrEqual(900);

    // The fake model's proposals depend on the posts (emoji on X, none on LinkedIn), and its examples are
    // the first three posts: shown with the post's own address and date, taken from the page.
    const descriptor = p.platform === 'x' ? 'Warm and playful, with puns' : 'Precise and quietly proud';
    await expect(side.getByRole('button', { name: `Accept voice descriptor: ${descriptor}` })).toBeVisible();
    for (const post of posts.slice(0, 3)) {
      const item = side.locator(`li.voice-proposal[data-id="example-${post.id}"]`);
      await expect(item).toContainText(post.text);
      const link = item.getByRole('link', { name: `Source post, ${post.time.slice(0, 10)}` });
      await expect(link).toHaveAttribute('href', post.permalink);
    }
    await expect(side.locator('li.voice-proposal')).toHaveCount(9);
  });
}

test('LinkedIn: learn a voice from the company page, accept two proposals and reject one; the next prompt has the accepted ones only', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  await withProfile(extension, 'linkedin');
  await FixtureSite.open(page, PAGE_URLS.linkedinCompany);
  const side = await voiceTab(extension);
  // The manager leaves one post out: it is not sent.
  const [first, second] = VOICE_POSTS.linkedin;
  await side.getByRole('checkbox', { name: second!.text }).uncheck();
  await side.getByRole('button', { name: 'Learn our voice from these 9 posts' }).click();
  await expect(side.getByRole('heading', { name: 'Voice descriptors' })).toBeVisible();
  expect(voiceLines(fake.voiceRequests()[0]!.body).map((l) => l.id)).not.toContain(second!.id);
  expect(await pageViolations(side)).toEqual([]);

  // Nothing is saved before a decision: the profile is as it was.
  const options = await extension.options();
  const editor = async (): Promise<Page> => {
    await options.reload();
    await options.getByRole('button', { name: 'Edit Acme Robotics' }).click();
    return options;
  };
  await editor();
  await expect(options.getByRole('textbox', { name: 'Voice', exact: true })).toHaveValue('Plain.');
  await expect(options.getByRole('textbox', { name: 'Do', exact: true })).toHaveValue('');

  await side.getByRole('button', { name: 'Accept do rule: Give exact figures' }).click();
  await side.getByRole('button', { name: /^Accept example post: Ten years ago/ }).click();
  await side.getByRole('button', { name: 'Reject voice descriptor: Precise and quietly proud' }).click();
  await expect(side.getByRole('status').filter({ hasText: 'Accepted: saved in the profile.' })).toHaveCount(
    2,
  );
  await expect(side.getByRole('status').filter({ hasText: 'Rejected: nothing saved.' })).toHaveCount(1);

  // In the profile now: the rule, and not the rejected descriptor.
  await editor();
  await expect(options.getByRole('textbox', { name: 'Do', exact: true })).toHaveValue('Give exact figures');
  await expect(options.getByRole('textbox', { name: 'Voice', exact: true })).toHaveValue('Plain.');

  // The next suggestion's prompt, anywhere on LinkedIn: the accepted rule and example, not the rejected one.
  const site = await FixtureSite.open(page, 'https://www.linkedin.com/feed/', ['openReply', '9002']);
  await page.bringToFront();
  const panel = await site.suggest();
  await panel.waitDone();
  expect(fake.chatRequests()).toHaveLength(1);
  const draft = fake.chatRequests()[0]!.body;
  expect(systemOf(draft)).toContain('Do:\n- Give exact figures');
  expect(userOf(draft)).toContain(`Post by the brand: ${first!.text}`);
  const whole = JSON.stringify(draft);
  expect(whole).not.toContain('Precise and quietly proud');
  // Nor what was neither accepted nor rejected.
  expect(whole).not.toContain('No hashtags');
  expect(whole).not.toContain('Thank the people behind the work');
});

test('a page cannot start “Learn our voice” or read what it proposes: not from its own scripts, not as the content script', async ({
  page,
  extension,
  fake,
}) => {
  await extension.configure(fake);
  await withProfile(extension, 'linkedin');
  await FixtureSite.open(page, PAGE_URLS.linkedinCompany);
  // The page's own world has no way to the extension at all.
  const pageWorld = await page.evaluate(() => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
    return typeof w.chrome?.runtime?.sendMessage;
  });
  expect(pageWorld).toBe('undefined');
  // A compromised content script (its own world) is refused both messages.
  const world = await ContentWorld.attach(page, extension.id);
  const ask = (message: unknown) =>
    world.run<{ ok: boolean; error?: { code: string } }>(
      `return await chrome.runtime.sendMessage(${JSON.stringify(message)});`,
    );
  const profiles = await extension.send(await extension.options(), { type: 'settings.get', payload: {} });
  expect(profiles.ok).toBe(true);
  for (const message of [
    { type: 'voice.learn', payload: { profileId: 'any' } },
    { type: 'voice.posts', payload: {} },
  ])
    expect(await ask(message)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  expect(fake.voiceRequests()).toHaveLength(0);
  // And the page shows nothing of it: the extension added no word of "Learn our voice" to it.
  expect(await page.evaluate(() => document.documentElement.innerText.includes('Learn our voice'))).toBe(
    false,
  );

  // The manager's side panel still learns.
  const side = await voiceTab(extension);
  await side.getByRole('button', { name: 'Learn our voice from these 10 posts' }).click();
  await expect(side.getByRole('heading', { name: 'Do', exact: true })).toBeVisible();
  expect(fake.voiceRequests()).toHaveLength(1);
});

for (const platform of ['x', 'linkedin'] as const) {
  test(`${platform === 'x' ? 'X' : 'LinkedIn'}: on a post's page, the brand's own replies in its thread are read and learnt from`, async ({
    page,
    extension,
    fake,
  }) => {
    await extension.configure(fake);
    await withProfile(extension, platform);
    await FixtureSite.open(page, threadUrl(platform === 'x' ? 'x' : 'linkedin-classic'));
    const side = await voiceTab(extension);
    const replies = threadComments(platform).filter((c) => c.byBrand);
    expect(replies.length).toBeGreaterThan(1);
    const list = side.getByRole('group', { name: /^Replies by .+ on this post \(\d+\)$/ });
    await expect(list.getByRole('checkbox')).toHaveCount(replies.length);
    for (const reply of replies) await expect(list).toContainText(reply.text.slice(0, 40));
    await side.getByRole('button', { name: `Learn our voice from these ${replies.length} posts` }).click();
    await expect(side.getByRole('heading', { name: 'Voice descriptors' })).toBeVisible();

    // Only the brand's replies went out, fenced as its replies: none of the people's comments.
    const body = fake.voiceRequests()[0]!.body;
    expect(voiceLines(body).map((l) => l.text)).toEqual(replies.map((r) => r.text));
    expect(userOf(body)).toMatch(/<page-data-\w+ kind="replies by the brand"/);
    for (const other of threadComments(platform)
      .filter((c) => !c.byBrand)
      .slice(0, 10))
      expect(userOf(body)).not.toContain(other.text);
  });
}
