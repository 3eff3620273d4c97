import { browser } from 'wxt/browser';

/**
 * Where the manager invoked the generic mode: a tab's frame, and the origin it showed then. Only there
 * does the background listen to a content script outside LinkedIn and X (utils/generic), and only while
 * that frame still shows that origin: nothing runs on other sites until the manager asks, and a page
 * that navigates away leaves its grant behind.
 */
interface Grant {
  origin: string;
  at: number;
}

const grants = new Map<string, Grant>();
const key = (tabId: number, frameId: number): string => `${tabId}:${frameId}`;

export function grant(tabId: number, frameId: number, url: string | undefined, now = Date.now()): void {
  const origin = originOf(url);
  if (origin) grants.set(key(tabId, frameId), { origin, at: now });
}

export function isGranted(
  tabId: number | undefined,
  frameId: number | undefined,
  url: string | undefined,
): boolean {
  if (tabId === undefined || frameId === undefined) return false;
  const found = grants.get(key(tabId, frameId));
  return Boolean(found && found.origin === originOf(url));
}

export const hasGrant = (tabId: number): boolean => [...grants.keys()].some((k) => k.startsWith(`${tabId}:`));

function originOf(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : '';
  } catch {
    return '';
  }
}

/** A closed tab, or a top frame that went to another page, takes its grants with it. */
export function setUpGrants(): void {
  const revoke = (tabId: number): void => {
    for (const k of [...grants.keys()]) if (k.startsWith(`${tabId}:`)) grants.delete(k);
  };
  browser.tabs.onRemoved.addListener(revoke);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && !isGranted(tabId, 0, change.url)) revoke(tabId);
  });
}
