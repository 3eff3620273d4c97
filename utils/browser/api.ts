import { browser } from 'wxt/browser';

/**
 * The browser-specific APIs this extension uses that the common typings lack, named once. Each is
 * optional: the code feature-detects it (Chrome has the side panel and the DOM helper, Firefox the
 * sidebar; both have their own on-device model story).
 */
export interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId: number }): Promise<void>;
}

export interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

/** `chrome.dom`: reaches a closed shadow root, for our own nodes only. */
export interface ChromeDom {
  openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null;
}

interface BrowserExtras {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebarAction;
  dom?: ChromeDom;
}

/** The browser's extras, each undefined where the browser has none. */
export const browserExtras = (): BrowserExtras => browser as unknown as BrowserExtras;

/** The closed shadow root of `element` (Chrome's `chrome.dom`, Firefox's `openOrClosedShadowRoot`). */
export function closedShadowRoot(element: HTMLElement): ShadowRoot | null {
  const firefox = element as HTMLElement & { openOrClosedShadowRoot?: () => ShadowRoot | null };
  if (typeof firefox.openOrClosedShadowRoot === 'function') return firefox.openOrClosedShadowRoot();
  const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  return chromeDom?.openOrClosedShadowRoot(element) ?? null;
}

/**
 * What a local server must allow for this extension, as its settings spell it: `chrome-extension://*`
 * in Chrome, `moz-extension://*` in Firefox (for OLLAMA_ORIGINS).
 */
export function extensionOriginPattern(): string {
  try {
    return `${new URL(browser.runtime.getURL('/')).protocol}//*`;
  } catch {
    return 'chrome-extension://*';
  }
}
