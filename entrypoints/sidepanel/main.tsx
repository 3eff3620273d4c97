import '@/utils/build/zod-config';
import '@/assets/base.css';
import './sidepanel.css';
import { renderPage } from '@/components/render-page';
import { t } from '@/utils/i18n/i18n';
import { SidePanelApp } from './sidepanel-app';

void renderPage(
  () => <SidePanelApp />,
  () => t('sidePanel.documentTitle'),
);
