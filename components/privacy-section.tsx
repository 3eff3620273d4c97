import { usePrivacy } from '@/components/hooks/use-privacy';
import { t } from '@/utils/i18n/i18n';

/** What leaves the browser, and the one switch the manager has over it. */
export function PrivacySection() {
  const { privacy, update } = usePrivacy();
  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p className="hint">{t('privacy.hint')}</p>
      {privacy && (
        <label className="check">
          <input
            type="checkbox"
            checked={privacy.redactPII}
            onChange={(e) => void update({ ...privacy, redactPII: e.target.checked })}
          />
          {t('privacy.redact')}
        </label>
      )}
    </section>
  );
}
