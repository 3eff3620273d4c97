import { readFileSync } from 'node:fs';
import { EXTENSION_DIR } from '../support/chromium';
import { ContentWorld } from './support/content-world';
import { openPanel, openSite } from './support/flows';
import { expect, test } from './support/test';

const KEY = 'sk-secret-4f9c2a7d1e';

test('a content script cannot read the settings or the key, nor choose the endpoint', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102', {
    settings: { apiKey: KEY },
  });
  await expect(site.controls()).toHaveCount(1);
  const world = await ContentWorld.attach(page, extension.id);

  // storage.local is restricted to the extension's own pages and worker.
  const storage = await world.run<string>(
    `try { return JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { return 'refused: ' + e.message; }`,
  );
  expect(storage).toMatch(/^refused/);
  expect(storage).not.toContain(KEY);

  const ask = (message: object) =>
    world.run<{ ok: boolean; error?: { code: string } }>(
      `return await chrome.runtime.sendMessage(${JSON.stringify(message)});`,
    );
  expect(await ask({ type: 'settings.get', payload: {} })).toMatchObject({
    ok: false,
    error: { code: 'invalid-message' },
  });
  expect(
    await ask({
      type: 'settings.save',
      payload: { baseURL: 'https://evil.example/v1', model: 'x', apiKey: 'stolen' },
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'invalid-message' },
  });
  expect(
    await ask({ type: 'settings.test', payload: { baseURL: 'https://evil.example/v1', model: 'x' } }),
  ).toMatchObject({ ok: false });
  // The settings did not change.
  const options = await extension.options();
  expect(await extension.send(options, { type: 'settings.get', payload: {} })).toMatchObject({
    ok: true,
    value: { baseURL: fake.baseURL },
  });
});

test('forged and malformed messages get a structured error and change nothing', async ({
  page,
  extension,
  fake,
}) => {
  const site = await openSite({ page, extension, fake }, 'https://x.com/samlee/status/102');
  await expect(site.controls()).toHaveCount(1);
  const world = await ContentWorld.attach(page, extension.id);
  const ask = (message: unknown) =>
    world.run<{ ok: boolean; error?: { code: string; detail: string } }>(
      `return await chrome.runtime.sendMessage(${JSON.stringify(message)});`,
    );

  // A content script pretending to be the panel, inserting into some session.
  expect(
    await ask({ type: 'panel.insert', payload: { sessionId: 'AAAAAAAAAAAAAAAA', text: 'spam' } }),
  ).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  // Malformed: unknown type, missing payload, wrong types, extra fields, oversized text.
  for (const message of [
    { type: 'hack.everything' },
    'just a string',
    { type: 'panel.open' },
    { type: 'panel.open', payload: { context: { platform: 'x' } } },
    {
      type: 'panel.open',
      payload: { context: { platform: 'x', surface: 'x', url: '', draft: '' }, model: 'gpt-5' },
    },
    {
      type: 'panel.open',
      payload: { context: { platform: 'x', surface: 'x', url: '', draft: 'x'.repeat(100_000) } },
    },
  ]) {
    expect(await ask(message), JSON.stringify(message).slice(0, 80)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  }
  expect(fake.chatRequests()).toHaveLength(0);

  // An extension page with a forged session id gets "expired", and nothing is inserted.
  const options = await extension.options();
  expect(
    await extension.send(options, {
      type: 'panel.insert',
      payload: { sessionId: 'BBBBBBBBBBBBBBBB', text: 'x' },
    }),
  ).toMatchObject({ ok: false });
  expect(await site.text('inline')).toBe('');
});

test('the key never reaches a page, the panel, a prompt or session storage', async ({
  page,
  extension,
  fake,
  serviceWorker,
}) => {
  const { site, panel } = await openPanel({ page, extension, fake }, 'https://x.com/troll/status/103', {
    settings: { apiKey: KEY },
    waitDone: true,
  });
  await panel.insertButton(0).click();
  await expect.poll(() => site.text('inline')).not.toBe('');

  expect(await page.content()).not.toContain(KEY);
  expect(await panel.frame.content()).not.toContain(KEY);
  for (const request of fake.requests) {
    expect(JSON.stringify(request.body)).not.toContain(KEY);
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`); // only where it belongs
  }
  const session = await serviceWorker.evaluate(() => chrome.storage.session.get(null));
  expect(JSON.stringify(session)).not.toContain(KEY);
  expect(await (await extension.options()).content()).not.toContain(KEY);
});

test('the manifest exposes as little as possible', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  expect(manifest.externally_connectable).toBeUndefined();
  // The panel can be framed on any site the manager uses the generic mode on, but only at an address
  // that changes every session: no page can probe for it.
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['panel.html'], matches: ['<all_urls>'], use_dynamic_url: true },
  ]);
  // One content script runs by itself, on LinkedIn and X; the generic one only when the manager asks.
  // (The build may list the matches in any order.)
  expect(manifest.content_scripts).toHaveLength(1);
  expect(manifest.content_scripts[0].js).toEqual(['content-scripts/composer.js']);
  expect([...manifest.content_scripts[0].matches].sort()).toEqual([
    'https://twitter.com/*',
    'https://www.linkedin.com/*',
    'https://x.com/*',
  ]);
  expect(manifest.permissions).toContain('activeTab');
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  expect(manifest.host_permissions.filter((h: string) => /^https?:\/\/\*\//.test(h))).toEqual([]);
});
