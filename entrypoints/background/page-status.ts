import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { t } from '@/utils/i18n/i18n';
import type { TabStatus } from '@/utils/messaging/protocol';
import { adaptersForHost } from '@/utils/platforms';
import { hasGrant } from './grants';
import { postIdOf, threadKey } from '@/utils/queue/key';

/** What each tab's content script last said: composers recognised, and a reply box it could not read. */
export interface PageStatus {
  recognised: number;
  unrecognised: boolean;
}

const statusItem = storage.defineItem<Record<string, PageStatus>>('session:pageStatus', { fallback: {} });
/** The tab (and frame) where the manager last chose a reply or post box. */
const lastComposerItem = storage.defineItem<{ tabId: number; frameId: number } | null>(
  'session:lastComposer',
  {
    fallback: null,
  },
);

/** The LinkedIn or X tab the manager was last in (the side panel's tab when it is itself in a tab). */
const lastWorkTabItem = storage.defineItem<number | null>('session:lastWorkTab', { fallback: null });
export const noteWorkTab = (tabId: number): Promise<void> => lastWorkTabItem.setValue(tabId);

export async function setPageStatus(tabId: number, status: PageStatus): Promise<void> {
  void noteWorkTab(tabId);
  const all = await statusItem.getValue();
  await statusItem.setValue({ ...all, [tabId]: status });
  // The page stays silent; the toolbar says it, and how to go on (the generic mode).
  await toolbarSays(
    tabId,
    status.unrecognised ? '?' : '',
    status.unrecognised ? t('toolbar.unrecognised') : '',
  );
}

/** The toolbar button's badge and title for a tab ('' and '': back to normal). */
export async function toolbarSays(tabId: number, badge: string, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badge }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: title || t('extName') }).catch(() => undefined);
}

export const noteComposerFocus = (tabId: number, frameId = 0): Promise<void> =>
  lastComposerItem.setValue({ tabId, frameId });

/** The platform a tab's address belongs to (by the adapters' own hosts), or null. */
export const siteOf = (url: string | undefined): 'x' | 'linkedin' | null => {
  try {
    const platform = adaptersForHost(new URL(url ?? '').hostname)[0]?.platform;
    return platform === 'x' || platform === 'linkedin' ? platform : null;
  } catch {
    return null;
  }
};

/** A tab the extension works in: LinkedIn or X, or a site where the manager invoked the generic mode. */
const worksIn = (tab: { id?: number; url?: string }): boolean =>
  tab.id !== undefined && (siteOf(tab.url) !== null || hasGrant(tab.id));

/**
 * The tab the side panel acts on: the active tab when the extension works in it, else the tab where a
 * box was last chosen (the side panel itself may be the active page, as in a tab).
 */
export async function composerTab(): Promise<{ id: number; url?: string; frameId: number } | undefined> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const last = await lastComposerItem.getValue();
  if (active?.id !== undefined && worksIn(active))
    return { id: active.id, url: active.url, frameId: last?.tabId === active.id ? last.frameId : 0 };
  if (last !== null) {
    const tab = await browser.tabs.get(last.tabId).catch(() => undefined);
    if (tab?.id !== undefined && worksIn(tab)) return { id: tab.id, url: tab.url, frameId: last.frameId };
  }
  const work = await lastWorkTabItem.getValue();
  const tab = work === null ? undefined : await browser.tabs.get(work).catch(() => undefined);
  return tab?.id !== undefined && worksIn(tab) ? { id: tab.id, url: tab.url, frameId: 0 } : undefined;
}

export async function tabStatus(): Promise<TabStatus> {
  const tab = await composerTab();
  if (!tab) return { site: null, recognised: 0, unrecognised: false };
  const status = (await statusItem.getValue())[tab.id];
  const site = siteOf(tab.url);
  const post = postIdOf(tab.url ?? '');
  return {
    site: site ?? 'web',
    threadId: post ? threadKey(post.platform, post.postId) : null,
    ...(site ? {} : { host: new URL(tab.url ?? 'about:blank').hostname }),
    recognised: status?.recognised ?? 0,
    unrecognised: status?.unrecognised ?? false,
  };
}

export function setUpPageStatus(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => (worksIn(tab) ? noteWorkTab(tabId) : undefined))
      .catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void statusItem.getValue().then((all) => {
      if (!(tabId in all)) return;
      const { [tabId]: _gone, ...rest } = all;
      return statusItem.setValue(rest);
    });
  });
}
