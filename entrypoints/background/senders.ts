import { browser, type Browser } from 'wxt/browser';
import type { SenderKind } from '@/utils/messaging/senders';
import { PAGE_MATCHES } from '@/utils/platforms/matches';
import { isGranted } from './grants';

/** The sites whose top frame runs our content script (the manifest's matches). */
export const CONTENT_ORIGINS = PAGE_MATCHES.map((pattern) => new URL(pattern.replace('/*', '/')).origin);

const originOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
};

/** Keeps a port only if its sender is of `kind` (disconnecting it otherwise); true when kept. */
export function acceptPort(port: Browser.runtime.Port, kind: SenderKind): boolean {
  if (port.sender && classifySender(port.sender).includes(kind)) return true;
  port.disconnect();
  return false;
}

/**
 * Who sent a message or opened a port. Only our own extension can reach the background (there is no
 * `externally_connectable`), but a content script runs beside hostile page code, so it gets the least
 * trust: the top frame of an allowed site, and only the messages the protocol lists for it.
 */
export function classifySender(sender: Browser.runtime.MessageSender): SenderKind[] {
  if (sender.id !== browser.runtime.id) return [];
  const extensionOrigin = originOf(browser.runtime.getURL('/'));
  const origin = originOf(sender.url);
  if (origin === extensionOrigin) {
    const path = new URL(sender.url!).pathname;
    if (path === '/panel.html') return ['extension', 'panel'];
    if (path === '/playground.html' && sender.tab?.id !== undefined) return ['extension', 'playground'];
    return ['extension'];
  }
  if (sender.tab?.id !== undefined && sender.frameId === 0 && CONTENT_ORIGINS.includes(origin))
    return ['content'];
  // The generic mode's script, in a frame where the manager invoked it (grants.ts).
  if (isGranted(sender.tab?.id, sender.frameId, sender.url)) return ['generic'];
  return [];
}
