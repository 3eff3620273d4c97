import type { UserError } from '@/utils/errors';

interface Props {
  error: UserError;
  onOpenSettings?: () => void;
  onRetry?: () => void;
}

/** A problem in plain words, with the one next step as a button. Text only, never markup. */
export function ErrorNotice({ error, onOpenSettings, onRetry }: Props) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{error.title}</strong>
      <p>{error.detail}</p>
      {error.action === 'open-settings' && onOpenSettings && (
        <button type="button" className="link-button" onClick={onOpenSettings}>
          Open settings
        </button>
      )}
      {error.action === 'retry' && onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
