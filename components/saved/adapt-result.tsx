import { ErrorNotice } from '@/components/error-notice';
import { lintDraft, platformLength, type LintRules } from '@/utils/brand/lint';
import { missingPassages, stripMarks } from '@/utils/saved/required';
import type { Venue } from '@/utils/thread/venue';
import { t } from '@/utils/i18n/i18n';
import type { AdaptState } from './adapt-state';

interface Props {
  adapt: AdaptState;
  /** The required passages of the saved reply, filled, as they must come back. */
  required: readonly string[];
  rules: LintRules;
  venue: Venue;
  onStop: () => void;
  onInsertAdapted: (text: string) => void;
  onInsertExact: () => void;
  onCopy: (text: string) => void;
  onRetry: () => void;
  onOpenSettings: () => void;
}

/**
 * The model's adaptation of a saved reply, and the extension's check of it: every required passage must
 * be there word for word. When one is not, it says which, and offers the exact version instead.
 */
export function AdaptResult({ adapt, required, rules, venue, ...on }: Props) {
  const text = stripMarks(adapt.text).trim();
  const exact = (
    <button type="button" className="primary" onClick={on.onInsertExact}>
      {t('saved.insertExactInstead')}
    </button>
  );
  if (adapt.phase === 'failed' && adapt.error)
    return (
      <div className="adapt">
        <ErrorNotice error={adapt.error} onOpenSettings={on.onOpenSettings} onRetry={on.onRetry} />
        <div className="draft-actions">{exact}</div>
      </div>
    );
  if (adapt.phase === 'writing')
    return (
      <div className="adapt" aria-busy="true">
        <div className="toolbar">
          <span className="status" role="status">
            {t('saved.adapting')}
          </span>
          <button type="button" onClick={on.onStop}>
            {t('panel.stop')}
          </button>
        </div>
        {text && <p className="saved-preview">{text}</p>}
      </div>
    );
  const missing = adapt.complete && text ? missingPassages(text, required) : [];
  const usable = adapt.complete && text && missing.length === 0;
  const problems = usable ? lintDraft(text, rules, venue) : [];
  return (
    <div className="adapt">
      <p className="draft-angle">{t('saved.adapted')}</p>
      {text && <p className="saved-preview">{text}</p>}
      {!adapt.complete && (
        <p className="notice notice-error" role="alert">
          {adapt.phase === 'stopped' ? t('saved.adaptStopped') : t('saved.adaptIncomplete')}
        </p>
      )}
      {adapt.complete && !text && (
        <p className="notice notice-error" role="alert">
          {t('saved.adaptEmpty')}
        </p>
      )}
      {missing.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('saved.requiredLost', missing.length)}</p>
          <ul>
            {missing.map((passage) => (
              <li key={passage}>{t('saved.quoted', [passage])}</li>
            ))}
          </ul>
        </div>
      )}
      {usable && required.length > 0 && (
        <p className="ok" role="status">
          {t('saved.requiredKept', required.length)}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="problems" aria-label={t('saved.adaptedProblems')}>
          {problems.map((p) => (
            <li key={p.code}>{p.message}</li>
          ))}
        </ul>
      )}
      <div className="draft-actions">
        {usable ? (
          <>
            <span className="draft-count" aria-hidden="true">
              {venue.limit === undefined
                ? platformLength(text, venue.platform)
                : `${platformLength(text, venue.platform)}/${venue.limit}`}
            </span>
            <button type="button" onClick={() => on.onCopy(text)} aria-label={t('saved.copyAdapted')}>
              {t('draft.copy')}
            </button>
            <button type="button" className="primary" onClick={() => on.onInsertAdapted(text)}>
              {t('saved.insertAdapted')}
            </button>
          </>
        ) : (
          exact
        )}
      </div>
    </div>
  );
}
