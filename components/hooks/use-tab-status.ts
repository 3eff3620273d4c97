import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabStatus } from '@/utils/messaging/protocol';
import { callAsExtension } from '@/utils/messaging/rpc';

/**
 * What the side panel says about the current LinkedIn or X tab. Asked again only when something it
 * depends on changes: what the tabs' content scripts reported (kept in session storage), the tab in
 * front, a tab's address. No polling: an open side panel costs nothing while nothing happens (and lets
 * Firefox's background go idle).
 */
export function useTabStatus(): TabStatus | null {
  const [status, setStatus] = useState<TabStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = (): void => {
      if (document.visibilityState !== 'visible') return;
      callAsExtension('status.get', {}).then(
        (s) => alive && setStatus(s),
        () => undefined,
      );
    };
    const onUpdated = (_tabId: number, change: { url?: string; status?: string }): void => {
      if (change.url || change.status === 'complete') refresh();
    };
    refresh();
    browser.storage.session.onChanged.addListener(refresh);
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      alive = false;
      browser.storage.session.onChanged.removeListener(refresh);
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return status;
}
