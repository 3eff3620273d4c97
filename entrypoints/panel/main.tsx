import { createRoot } from 'react-dom/client';
import '@/assets/base.css';
import './panel.css';
import { PanelApp } from './panel-app';

const sessionId = new URLSearchParams(location.search).get('s') ?? '';
createRoot(document.getElementById('root')!).render(<PanelApp sessionId={sessionId} />);
