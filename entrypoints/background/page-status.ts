import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { adaptersForHost } from '@/utils/platforms';
import type { TabStatus } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n/i18n';

/** What each tab's content script last said: composers recognised, and a reply box it could not read. */
export interface PageStatus {
  recognised: number;
  unrecognised: boolean;
}

const statusItem = storage.defineItem<Record<string, PageStatus>>('session:pageStatus', { fallback: {} });
/** The LinkedIn or X tab where the manager last focused a reply or post box. */
const lastComposerTabItem = storage.defineItem<number | null>('session:lastComposerTab', { fallback: null });

export async function setPageStatus(tabId: number, status: PageStatus): Promise<void> {
  const all = await statusItem.getValue();
  await statusItem.setValue({ ...all, [tabId]: status });
  // The page stays silent; the toolbar says it.
  await browser.action.setBadgeText({ tabId, text: status.unrecognised ? '?' : '' }).catch(() => undefined);
  await browser.action
    .setTitle({
      tabId,
      title: status.unrecognised ? t('toolbar.unrecognised') : t('extName'),
    })
    .catch(() => undefined);
}

export const noteComposerFocus = (tabId: number): Promise<void> => lastComposerTabItem.setValue(tabId);

/** The platform a tab's address belongs to (by the adapters' own hosts), or null. */
const siteOf = (url: string | undefined): TabStatus['site'] => {
  try {
    return adaptersForHost(new URL(url ?? '').hostname)[0]?.platform ?? null;
  } catch {
    return null;
  }
};

/**
 * The LinkedIn or X tab the side panel acts on: the active tab when it is one, else the tab where a box
 * was last focused (the side panel itself may be the active page, as in a tab).
 */
export async function composerTab(): Promise<{ id: number; url?: string } | undefined> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && siteOf(active.url)) return { id: active.id, url: active.url };
  const last = await lastComposerTabItem.getValue();
  if (last === null) return undefined;
  const tab = await browser.tabs.get(last).catch(() => undefined);
  return tab?.id !== undefined && siteOf(tab.url) ? { id: tab.id, url: tab.url } : undefined;
}

export async function tabStatus(): Promise<TabStatus> {
  const tab = await composerTab();
  if (!tab) return { site: null, recognised: 0, unrecognised: false };
  const status = (await statusItem.getValue())[tab.id];
  return {
    site: siteOf(tab.url),
    recognised: status?.recognised ?? 0,
    unrecognised: status?.unrecognised ?? false,
  };
}

export function setUpPageStatus(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void statusItem.getValue().then((all) => {
      if (!(tabId in all)) return;
      const { [tabId]: _gone, ...rest } = all;
      return statusItem.setValue(rest);
    });
  });
}
