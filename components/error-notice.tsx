import type { UserError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';

interface Props {
  error: UserError;
  onOpenSettings?: () => void;
  onRetry?: () => void;
  /** Requests to this endpoint stopped after this error: the manager may ask again on purpose. */
  onForce?: () => void;
}

/** A problem in plain words, with the one next step as a button. Text only, never markup. */
export function ErrorNotice({ error, onOpenSettings, onRetry, onForce }: Props) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{error.title}</strong>
      <p>{error.detail}</p>
      {error.action === 'open-settings' && onOpenSettings && (
        <button type="button" className="link-button" onClick={onOpenSettings}>
          {t('common.openSettings')}
        </button>
      )}
      {error.action === 'retry' && onRetry && !onForce && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
      {onForce && (
        <>
          <p className="notice-note">{t('errors.blocked.note')}</p>
          <button type="button" className="link-button" onClick={onForce}>
            {t('errors.blocked.tryAnyway')}
          </button>
        </>
      )}
    </div>
  );
}
