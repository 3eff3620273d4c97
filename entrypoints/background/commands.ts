import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n/i18n';
import { callContent } from '@/utils/messaging/rpc';
import { grant } from './grants';
import { siteOf, toolbarSays } from './page-status';

/** The context menu's entry on editable fields, beside the keyboard command. */
export const SUGGEST_MENU = 'suggest-here';

const GENERIC_SCRIPT = '/content-scripts/generic.js';

/**
 * "Suggest a reply here": the keyboard command (Alt+Shift+S) and the context menu on a text field. On
 * LinkedIn and X the content script answers (its adapters first, the generic reader for a box they do
 * not recognise). On any other site the generic mode's script is injected now, into the frame the
 * manager is in: the gesture granted the tab (activeTab), and nothing ran there before.
 */
export function setUpCommands(): void {
  browser.commands?.onCommand.addListener((command) => void onCommand(command));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SUGGEST_MENU && tab) void suggestIn(tab, info.frameId ?? 0, info.frameUrl);
  });
}

export async function onCommand(command: string): Promise<boolean> {
  if (command !== 'suggest-reply') return false;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? suggestIn(tab) : false;
}

/** Opens suggestions for the box the manager is in, in this tab's frame; says so when it cannot. */
export async function suggestIn(tab: Browser.tabs.Tab, frameId = 0, frameUrl = tab.url): Promise<boolean> {
  if (tab.id === undefined) return false;
  const ask = () => callContent(tab.id!, 'composer.suggestFocused', {}, frameId);
  let result = frameId === 0 && siteOf(tab.url) ? await ask().catch(() => undefined) : undefined;
  if (!result) {
    grant(tab.id, frameId, frameUrl);
    result = await ask()
      .catch(async () => {
        // Not injected there yet (the usual case): inject, then ask.
        await browser.scripting.executeScript({
          target: { tabId: tab.id!, frameIds: [frameId] },
          files: [GENERIC_SCRIPT],
        });
        return ask();
      })
      .catch(() => undefined);
  }
  if (!result) await toolbarSays(tab.id, '!', t('toolbar.cannotHere'));
  else if (!result.opened) await toolbarSays(tab.id, '?', t('toolbar.noBox'));
  else await toolbarSays(tab.id, '', '');
  return result?.opened ?? false;
}
