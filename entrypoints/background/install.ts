import { browser } from 'wxt/browser';
import { PAGE_MATCHES } from '@/utils/platforms/matches';

/** The built content script, as the manifest lists it. */
const CONTENT_SCRIPT = '/content-scripts/composer.js';

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
        .executeScript({ target: { tabId: tab.id! }, files: [CONTENT_SCRIPT] })
        .catch(() => undefined),
    ),
  );
  return targets.length;
}

/** Content scripts run beside page code: keep them out of stored settings (Chrome 133+; older ones ignore it). */
export function setUpStorageAccess(): void {
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}
