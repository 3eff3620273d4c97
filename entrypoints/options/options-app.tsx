import { AiLogSection } from '@/components/ai-log-section';
import { MemorySection } from '@/components/memory-section';
import { LanguageSection } from '@/components/language-section';
import { PrivacySection } from '@/components/privacy-section';
import { ProfilesSection } from '@/components/profiles/profiles-section';
import { ProviderForm } from '@/components/provider/provider-form';
import { LibrarySection } from '@/components/saved/library-section';
import { SavedSection } from '@/components/saved/saved-section';
import { t } from '@/utils/i18n/i18n';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>
        <span aria-hidden="true">✦</span> {t('extName')}
      </h1>
      <p className="hint">
        {t('options.hint')} <a href="onboarding.html">{t('options.welcome')}</a> ·{' '}
        <a href="privacy.html">{t('options.privacyPage')}</a>
      </p>
      <ProviderForm />
      <ProfilesSection />
      <SavedSection />
      <LibrarySection />
      <PrivacySection />
      <LanguageSection />
      <AiLogSection />
      <MemorySection />
    </main>
  );
}
