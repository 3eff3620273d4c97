import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isUiLanguage, UI_LANGUAGE_KEY, useCatalog, type Catalog, type UiLanguage } from './i18n';

/**
 * The interface language the manager chose in the options page ('' follows the browser), and loading
 * its messages where the extension's own files can be read: the background and the extension's pages.
 * (Content scripts get theirs from the background: see utils/page/language.ts.)
 */
export const uiLanguageItem = storage.defineItem<string>(`sync:${UI_LANGUAGE_KEY}`, { fallback: '' });

/** The messages WXT built for a language (`_locales/<lang>/messages.json` in the extension). */
export async function catalogFor(language: UiLanguage): Promise<Catalog> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${language}/messages.json`);
  return (await (await fetch(url)).json()) as Catalog;
}

/** Only what a content script shows: its control's words and the problems it reports. */
export const pageCatalog = (catalog: Catalog): Catalog =>
  Object.fromEntries(Object.entries(catalog).filter(([key]) => /^(page|errors)_/.test(key)));

let loading: Promise<void> | undefined;

async function apply(): Promise<void> {
  const chosen = await uiLanguageItem.getValue().catch(() => '');
  if (!isUiLanguage(chosen)) return useCatalog(undefined, undefined);
  try {
    useCatalog(chosen, await catalogFor(chosen));
  } catch {
    useCatalog(undefined, undefined); // the browser's language, rather than nothing
  }
}

/** Loads the chosen language once; later calls wait for the same load. */
export function loadUiLanguage(): Promise<void> {
  loading ??= apply();
  return loading;
}

/** Follows the manager's choice when it changes, then calls `onChange` (pages re-render or reload). */
export function watchUiLanguage(onChange: () => void): () => void {
  return uiLanguageItem.watch(() => {
    loading = apply();
    void loading.then(onChange);
  });
}
