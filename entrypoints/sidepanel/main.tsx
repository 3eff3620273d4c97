import { createRoot } from 'react-dom/client';
import '@/assets/base.css';
import './sidepanel.css';
import { SidePanelApp } from './sidepanel-app';

createRoot(document.getElementById('root')!).render(<SidePanelApp />);
