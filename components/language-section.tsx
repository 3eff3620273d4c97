import { useEffect, useState } from 'react';
import { browserLanguage, t, UI_LANGUAGES, type UiLanguage } from '@/utils/i18n/i18n';
import { uiLanguageItem } from '@/utils/i18n/loader';

const nameOf = (language: UiLanguage): string =>
  ({ en: t('language.name.en'), fr: t('language.name.fr'), zh_CN: t('language.name.zh_CN') })[language];

/** The interface's language: the browser's by default, or one the manager picks. */
export function LanguageSection() {
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    void uiLanguageItem.getValue().then(setChosen);
  }, []);
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('language.title')}</h2>
      <label className="field field-narrow">
        <span>{t('language.label')}</span>
        <select
          value={chosen ?? ''}
          disabled={chosen === null}
          // Every extension page reloads in the new language (components/render-page.tsx).
          onChange={(e) => {
            setChosen(e.target.value);
            void uiLanguageItem.setValue(e.target.value);
          }}
        >
          <option value="">{t('language.browser', [nameOf(browserLanguage())])}</option>
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language.replace('_', '-')}>
              {nameOf(language)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('language.hint')}</p>
    </section>
  );
}
