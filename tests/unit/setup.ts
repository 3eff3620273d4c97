import 'fake-indexeddb/auto';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT stubs these in its own setup, which runs after this one; the code loaded below needs them now.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

// fakeBrowser has no i18n: the code under test speaks English, from the same file the build uses.
const { useCatalog } = await import('@/utils/i18n/i18n');
const english = generateChromeMessages(await parseMessagesFile('locales/en.yml'));
useCatalog('en', english as unknown as Parameters<typeof useCatalog>[1]);

// Settings live in the extension's database (utils/storage/settings.ts): each test starts without any.
const { getDb } = await import('@/utils/storage/db');

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().kv.clear();
});
