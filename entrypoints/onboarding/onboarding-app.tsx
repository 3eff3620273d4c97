import { useState } from 'react';
import { ProfileStep } from '@/components/onboarding/profile-step';
import { ProviderForm } from '@/components/provider/provider-form';
import { t } from '@/utils/i18n/i18n';

const STEPS = ['model', 'profile', 'try'] as const;
type Step = (typeof STEPS)[number];

const stepTitle = (step: Step): string =>
  ({
    model: t('onboarding.model.title'),
    profile: t('onboarding.profile.title'),
    try: t('onboarding.try.title'),
  })[step];

/**
 * The welcome guide, opened on install and from the settings: connect a model (or Chrome's own), make
 * a first brand profile from a template, then try suggest and insert on the playground.
 */
export function OnboardingApp() {
  const [index, setIndex] = useState(0);
  const step = STEPS[index]!;
  return (
    <main className="options onboarding">
      <h1>
        <span aria-hidden="true">✦</span> {t('onboarding.title')}
      </h1>
      <p className="hint">
        {t('onboarding.intro')} <a href="privacy.html">{t('onboarding.privacy')}</a>
      </p>
      <ol className="steps" aria-label={t('onboarding.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === index ? 'step' : undefined}>
            <button type="button" className="link-button" onClick={() => setIndex(i)}>
              {t('onboarding.stepNumber', [i + 1, stepTitle(s)])}
            </button>
          </li>
        ))}
      </ol>
      <section className="card" aria-labelledby="step-title">
        <h2 id="step-title">{t('onboarding.stepOf', [index + 1, STEPS.length, stepTitle(step)])}</h2>
        {step === 'model' && (
          <>
            <p className="hint">{t('onboarding.model.hint')}</p>
            <ProviderForm usage={false} />
          </>
        )}
        {step === 'profile' && <ProfileStep />}
        {step === 'try' && (
          <>
            <p className="hint">{t('onboarding.try.hint')}</p>
            <p>
              <a className="button-link primary" href="playground.html" target="_blank" rel="noopener">
                {t('onboarding.try.open')}
              </a>
            </p>
            <p className="hint">{t('onboarding.try.then')}</p>
          </>
        )}
      </section>
      <nav className="row onboarding-nav" aria-label={t('onboarding.nav')}>
        {index > 0 && (
          <button type="button" onClick={() => setIndex(index - 1)}>
            {t('onboarding.back')}
          </button>
        )}
        {index < STEPS.length - 1 ? (
          <button type="button" className="primary" onClick={() => setIndex(index + 1)}>
            {t('onboarding.next')}
          </button>
        ) : (
          <a className="button-link" href="options.html">
            {t('onboarding.done')}
          </a>
        )}
      </nav>
    </main>
  );
}
