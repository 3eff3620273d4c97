import { createRoot } from 'react-dom/client';
import '@/assets/base.css';
import './panel.css';
import { PanelApp } from './panel-app';

const params = new URLSearchParams(location.search);
const sessionId = params.get('s') ?? '';
// The page's theme (LinkedIn dark, X Dim or Lights out), read by the content script.
const theme = params.get('theme');
if (theme === 'light' || theme === 'dim' || theme === 'black') document.documentElement.dataset.theme = theme;
createRoot(document.getElementById('root')!).render(<PanelApp sessionId={sessionId} />);
