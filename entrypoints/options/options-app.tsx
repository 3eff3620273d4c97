import { AiLogSection } from '@/components/ai-log-section';
import { PrivacySection } from '@/components/privacy-section';
import { ProfilesSection } from '@/components/profiles/profiles-section';
import { ProviderForm } from '@/components/provider/provider-form';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>
        <span aria-hidden="true">✦</span> Reply Copilot
      </h1>
      <p className="hint">
        Drafts replies on LinkedIn and X in your brand’s voice. It never posts: you review, edit, and press
        the platform’s button yourself. Everything stays in this browser.
      </p>
      <ProviderForm />
      <ProfilesSection />
      <PrivacySection />
      <AiLogSection />
    </main>
  );
}
