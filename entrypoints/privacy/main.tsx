import '@/utils/build/zod-config';
import '@/assets/base.css';
import '@/assets/settings.css';
import { renderPage } from '@/components/render-page';
import { t } from '@/utils/i18n/i18n';
import { PrivacyApp } from './privacy-app';

void renderPage(
  () => <PrivacyApp />,
  () => t('privacy.page.documentTitle'),
);
