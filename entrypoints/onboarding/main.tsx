import '@/utils/build/zod-config';
import '@/assets/base.css';
import '@/assets/settings.css';
import './onboarding.css';
import { renderPage } from '@/components/render-page';
import { t } from '@/utils/i18n/i18n';
import { OnboardingApp } from './onboarding-app';

void renderPage(
  () => <OnboardingApp />,
  () => t('onboarding.documentTitle'),
);
