import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { markPageLanguage } from '@/utils/i18n/i18n';
import { loadUiLanguage, watchUiLanguage } from '@/utils/i18n/loader';

/**
 * Starts one of the extension's pages in the interface's language: the manager's choice is loaded
 * before the first render (so nothing flashes in English), and a change made in the options page
 * reloads the page in the new language.
 */
export async function renderPage(app: () => ReactNode, title: () => string): Promise<void> {
  await loadUiLanguage();
  markPageLanguage(document);
  document.title = title();
  createRoot(document.getElementById('root')!).render(app());
  watchUiLanguage(() => location.reload());
}
