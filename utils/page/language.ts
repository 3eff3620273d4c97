import { browser } from 'wxt/browser';
import { browserLanguage, isUiLanguage, UI_LANGUAGE_KEY, useCatalog, type Catalog } from '@/utils/i18n/i18n';
import { callPageCatalog } from '@/utils/messaging/content-side';

/**
 * The interface language in a LinkedIn or X page: the browser's, unless the manager chose another in the
 * options page. Then the background hands over the few messages the page needs. (storage.sync, unlike
 * storage.local, is readable here; it holds only the choice.) Resolves true when the words changed.
 */
export async function loadPageLanguage(): Promise<boolean> {
  const stored = await browser.storage.sync.get(UI_LANGUAGE_KEY).catch(() => ({}));
  const chosen = (stored as Record<string, unknown>)[UI_LANGUAGE_KEY];
  if (!isUiLanguage(chosen) || chosen === browserLanguage()) return false;
  const catalog: Catalog | undefined = await callPageCatalog().catch(() => undefined);
  if (!catalog) return false;
  useCatalog(chosen, catalog);
  return true;
}
