import { createRoot } from 'react-dom/client';
import '../../assets/base.css';
import './panel.css';
import { t } from '@/utils/i18n/i18n';
import { loadUiLanguage } from '@/utils/i18n/loader';
import { sessionFromBinding } from '@/utils/page/panel-binding';
import { PanelApp } from './panel-app';

const params = new URLSearchParams(location.search);
// The page's theme (LinkedIn dark, X Dim or Lights out), read by the content script.
const theme = params.get('theme');
if (theme === 'light' || theme === 'dim' || theme === 'black') document.documentElement.dataset.theme = theme;

// The content script may load this page ahead of the click, hidden, and post it its session later.
// One frame serves one session; the session goes in the fragment, where a reload would find it again.
// The page renders once the interface's language is known, with or without its session: when the
// session comes, only the drafts are left to draw.
const root = createRoot(document.getElementById('root')!);
let languageLoaded = false;
let session: string | null = null;
const render = (): void => {
  if (languageLoaded) root.render(<PanelApp sessionId={session} />);
};
void loadUiLanguage().then(() => {
  languageLoaded = true;
  document.title = t('panel.label');
  render();
});

const token = params.get('w');

const start = (sessionId: string): void => {
  removeEventListener('message', onMessage);
  history.replaceState(null, '', `#s=${sessionId}`);
  session = sessionId;
  render();
};
const onMessage = (event: MessageEvent): void => {
  const sessionId = sessionFromBinding(event.data, token);
  if (sessionId) start(sessionId);
};
const reloaded = new URLSearchParams(location.hash.slice(1)).get('s');
if (reloaded) start(reloaded);
else addEventListener('message', onMessage);
