import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '@/assets/base.css';
import './playground.css';
import { startComposerPage } from '@/utils/page/start';
import { linkedin2026 } from '@/utils/platforms/linkedin-2026';
import { x } from '@/utils/platforms/x';
import { PlaygroundApp } from './playground-app';

createRoot(document.getElementById('root')!).render(<PlaygroundApp />);

// The same machinery as on LinkedIn and X: controls, panel, insertion (utils/page/start.ts).
const run = new AbortController();
void browser.tabs.getCurrent().then((tab) =>
  startComposerPage(document, [x, linkedin2026], {
    signal: run.signal,
    ownTabId: tab?.id,
    abort: (reason) => run.abort(reason),
    onEnd: (cleanup) => run.signal.addEventListener('abort', cleanup, { once: true }),
  }),
);
