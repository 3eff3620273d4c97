import '@/utils/build/zod-config';
import { createRoot } from 'react-dom/client';
import '@/assets/base.css';
import './panel.css';
import { markPageLanguage, t } from '@/utils/i18n/i18n';
import { loadUiLanguage } from '@/utils/i18n/loader';
import { PanelApp } from './panel-app';

// The page's theme (LinkedIn dark, X Dim or Lights out), read by the content script.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dim' || theme === 'black') document.documentElement.dataset.theme = theme;

// The content script may load this page ahead of the click, hidden. It gets its session from the
// background, which knows this frame by the token in its address (see utils/page/panel-frame.ts): no
// message from the host page's window is ever listened to. The page renders once the interface's
// language is known; until its session comes it is inert.
const root = createRoot(document.getElementById('root')!);
void loadUiLanguage().then(() => {
  markPageLanguage(document);
  document.title = t('panel.label');
  root.render(<PanelApp />);
});
