import { liveQuery } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { browserExtras } from '@/utils/browser/api';
import { subjectItem } from '@/utils/brainstorm/subject';
import { pickProfile } from '@/utils/brand/pick-profile';
import { profileName } from '@/utils/brand/profile';
import { getDb } from '@/utils/storage/db';
import { t } from '@/utils/i18n/i18n';
import { loadUiLanguage, watchUiLanguage } from '@/utils/i18n/loader';
import { defaultProfileIdItem } from '@/utils/storage/settings';
import { SUGGEST_MENU } from './commands';

const MENU_ID = 'brainstorm-selection';
const MAX_SUBJECT = 4000;

export const menuTitle = (brand: string): string => t('menu.brainstorm', [brand]);

/**
 * The side panel opens from the toolbar button and its shortcut (Chrome's side panel, Firefox's sidebar),
 * and from the context menu on selected text, which becomes the subject of a new conversation.
 */
export function setUpSidePanel(): void {
  const { sidePanel, sidebarAction } = browserExtras();
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  // Firefox: the toolbar button opens and closes the sidebar, as Chrome's opens its side panel.
  if (!sidePanel && sidebarAction) browser.action.onClicked.addListener(() => void sidebarAction.toggle());

  // The menu names the brand that will answer (the default profile), in the interface's language.
  let brand: string | undefined;
  const retitle = (): void =>
    void loadUiLanguage()
      .then(() =>
        Promise.all([
          browser.contextMenus.update(MENU_ID, { title: menuTitle(brand ?? t('menu.yourBrand')) }),
          browser.contextMenus.update(SUGGEST_MENU, { title: t('menu.suggestHere') }),
        ]),
      )
      .catch(() => undefined);
  // The extension's two menu entries: brainstorm about a selection, and the generic mode in a text field.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus
      .removeAll()
      .then(loadUiLanguage)
      .then(() => {
        browser.contextMenus.create({
          id: MENU_ID,
          title: menuTitle(brand ?? t('menu.yourBrand')),
          contexts: ['selection'],
        });
        browser.contextMenus.create({
          id: SUGGEST_MENU,
          title: t('menu.suggestHere'),
          contexts: ['editable'],
        });
      });
  });
  watchUiLanguage(retitle);
  liveQuery(async () => {
    const [profiles, defaultId] = await Promise.all([
      getDb().profiles.toArray(),
      defaultProfileIdItem.getValue(),
    ]);
    return profileName(pickProfile(profiles, { defaultId }));
  }).subscribe({
    next: (name) => {
      brand = name;
      retitle();
    },
    error: () => undefined,
  });
  defaultProfileIdItem.watch(async (id) => {
    const profile = id ? await getDb().profiles.get(id) : undefined;
    if (!profile) return;
    brand = profile.name;
    retitle();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void brainstormSelection(info, tab));
}

/** Opens the side panel (within the click's user gesture) and hands it the selected text. */
export async function brainstormSelection(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  const opening = openSidePanel(tab);
  await subjectItem.setValue({
    text: info.selectionText.slice(0, MAX_SUBJECT),
    url: tab?.url ?? '',
    at: Date.now(),
  });
  await opening;
}

function openSidePanel(tab?: Browser.tabs.Tab): Promise<void> {
  const { sidePanel, sidebarAction } = browserExtras();
  if (sidePanel && tab?.windowId !== undefined)
    return sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  return sidebarAction?.open().catch(() => undefined) ?? Promise.resolve();
}
