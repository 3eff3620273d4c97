import { createRoot } from 'react-dom/client';
import '@/assets/base.css';
import './panel.css';
import { sessionFromBinding } from '@/utils/page/panel-binding';
import { PanelApp } from './panel-app';

const params = new URLSearchParams(location.search);
// The page's theme (LinkedIn dark, X Dim or Lights out), read by the content script.
const theme = params.get('theme');
if (theme === 'light' || theme === 'dim' || theme === 'black') document.documentElement.dataset.theme = theme;

// The content script may load this page ahead of the click, hidden, and post it its session later.
// One frame serves one session; the session goes in the fragment, where a reload would find it again.
const root = createRoot(document.getElementById('root')!);
// Rendered at once, without a session: when it comes, only the drafts are left to draw.
root.render(<PanelApp sessionId={null} />);
const start = (sessionId: string): void => {
  removeEventListener('message', onMessage);
  history.replaceState(null, '', `#s=${sessionId}`);
  root.render(<PanelApp sessionId={sessionId} />);
};
const onMessage = (event: MessageEvent): void => {
  const sessionId = sessionFromBinding(event.data, params.get('w'));
  if (sessionId) start(sessionId);
};
const reloaded = new URLSearchParams(location.hash.slice(1)).get('s');
if (reloaded) start(reloaded);
else addEventListener('message', onMessage);
