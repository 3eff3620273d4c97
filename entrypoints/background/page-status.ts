import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** What each tab's content script last said: composers recognised, and a reply box it could not read. */
export interface PageStatus {
  recognised: number;
  unrecognised: boolean;
}

const item = storage.defineItem<Record<string, PageStatus>>('session:pageStatus', { fallback: {} });

export async function setPageStatus(tabId: number, status: PageStatus): Promise<void> {
  const all = await item.getValue();
  await item.setValue({ ...all, [tabId]: status });
  // The page stays silent; the toolbar says it.
  await browser.action.setBadgeText({ tabId, text: status.unrecognised ? '?' : '' }).catch(() => undefined);
  await browser.action
    .setTitle({
      tabId,
      title: status.unrecognised
        ? 'Reply Copilot: the reply boxes on this page are not recognised here (the site may have changed).'
        : 'Reply Copilot',
    })
    .catch(() => undefined);
}

export async function getPageStatus(tabId: number): Promise<PageStatus | undefined> {
  return (await item.getValue())[tabId];
}

export function setUpPageStatus(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void item.getValue().then((all) => {
      if (!(tabId in all)) return;
      const { [tabId]: _gone, ...rest } = all;
      return item.setValue(rest);
    });
  });
}
