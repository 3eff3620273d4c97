import '@/utils/build/zod-config';
import { browser } from 'wxt/browser';
import '@/assets/base.css';
import './playground.css';
import { renderPage } from '@/components/render-page';
import { t } from '@/utils/i18n/i18n';
import { takeOver } from '@/utils/page/instance';
import { startComposerPage } from '@/utils/page/start';
import { linkedin2026 } from '@/utils/platforms/linkedin-2026';
import { x } from '@/utils/platforms/x';
import { PlaygroundApp } from './playground-app';

// The same machinery as on LinkedIn and X: controls, panel, insertion (utils/page/start.ts).
void renderPage(
  () => <PlaygroundApp />,
  () => t('playground.documentTitle'),
)
  .then(() => browser.tabs.getCurrent())
  .then((tab) =>
    startComposerPage(document, [x, linkedin2026], { ...takeOver(document), ownTabId: tab?.id }),
  );
