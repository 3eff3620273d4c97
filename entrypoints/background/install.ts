import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { PAGE_MATCHES } from '@/utils/platforms/matches';
import { readAfter } from '@/utils/storage/db-item';
import { moveLegacySettings } from '@/utils/storage/settings';

/** The built content scripts, as the manifest lists them (the one source of truth for their paths). */
export function contentScriptFiles(): ScriptPublicPath[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.flatMap((script) => script.js ?? []).map((file) => `/${file}` as ScriptPublicPath);
}

/**
 * On first install, open the welcome guide: connect a model, make a first profile, try it. On install and update, put the
 * new content script into LinkedIn and X tabs that are already open (Chrome does not), so they keep
 * working without a reload; the new run removes what the old one left (composer.content/instance.ts).
 */
export function setUpInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    if (reason === 'install' || reason === 'update') void reinjectContentScript();
  });
}

export async function reinjectContentScript(): Promise<number> {
  const tabs = await browser.tabs.query({ url: PAGE_MATCHES });
  const targets = tabs.filter((tab) => tab.id !== undefined && !tab.discarded);
  await Promise.all(
    targets.map((tab) =>
      browser.scripting
        .executeScript({ target: { tabId: tab.id! }, files: contentScriptFiles() })
        .catch(() => undefined),
    ),
  );
  return targets.length;
}

/**
 * Settings live in the extension's database, where no content script reaches (utils/storage/settings.ts):
 * those an earlier version kept in storage.local move there first, and reads wait for that. storage.local
 * is also closed to content scripts where the browser allows it (Chrome 133+), though nothing secret is
 * left in it.
 */
export function setUpStorage(): void {
  readAfter(moveLegacySettings());
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}
