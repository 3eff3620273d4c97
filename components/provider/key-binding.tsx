import { endpointOrigin } from '@/utils/llm/hosts';
import { t } from '@/utils/i18n/i18n';
import type { PublicSettings } from '@/utils/storage/settings-schema';

interface Props {
  settings: PublicSettings;
  baseURL: string;
  typedKey: string;
  /** The origin whose key the manager agreed to use for this endpoint, if any. */
  reuseFrom: string | null;
  onReuse: (origin: string | null) => void;
  onRemove: () => void;
}

/**
 * Keys are bound to the endpoint they were saved for. Here the manager sees which key goes where: the
 * one saved for this endpoint, or none; and when another endpoint has one, a clear question, "use the
 * same key for <origin>?", answered by a button. Nothing is reused silently.
 */
export function KeyBinding({ settings, baseURL, typedKey, reuseFrom, onReuse, onRemove }: Props) {
  const origin = endpointOrigin(baseURL);
  const here = settings.savedKeys.find((k) => k.origin === origin);
  const other = settings.savedKeys.find((k) => k.origin !== origin);
  if (typedKey) return null;
  if (here)
    return (
      <p className="hint">
        {t('provider.keyStored', [here.masked])}{' '}
        {origin === endpointOrigin(settings.baseURL) && (
          <button type="button" className="link-button" onClick={onRemove}>
            {t('provider.removeKey')}
          </button>
        )}
      </p>
    );
  if (!other || !origin) return null;
  if (reuseFrom)
    return (
      <p className="notice" role="status">
        {t('provider.reuseKey.chosen', [reuseFrom, origin])}{' '}
        <button type="button" className="link-button" onClick={() => onReuse(null)}>
          {t('common.cancel')}
        </button>
      </p>
    );
  return (
    <div className="notice" role="group" aria-label={t('provider.reuseKey.label')}>
      <p>{t('provider.reuseKey.question', [other.origin, origin])}</p>
      <button type="button" onClick={() => onReuse(other.origin)}>
        {t('provider.reuseKey.confirm', [origin])}
      </button>
    </div>
  );
}
