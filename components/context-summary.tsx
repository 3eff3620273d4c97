import { answeredText, type ThreadContext } from '@/utils/thread/context';
import { t } from '@/utils/i18n/i18n';
import { venueOf } from '@/utils/thread/venue';

interface Props {
  context: ThreadContext;
  /** "Use my selection instead" (the generic mode read the page: the manager may correct it). */
  onUseSelection?: () => void;
}

/** What the reply answers, so the manager knows the panel read the right thread, and can correct it. */
export function ContextSummary({ context, onUseSelection }: Props) {
  const answered = answeredText(context);
  const who = answered?.author || (context.comment ? t('context.aComment') : t('context.thePost'));
  const generic = context.surface === 'generic';
  const venue = venueOf(context);
  return (
    <>
      <p className="context" title={answered?.text}>
        {generic && <span className="context-site">{t('context.onSite', [venue.name])} </span>}
        <span className="context-label">
          {context.comment ? t('context.replyingToComment') : t('context.replyingTo')}
        </span>{' '}
        <strong>{who}</strong>
        {answered?.text && <span className="context-quote">{t('context.quote', [answered.text])}</span>}
        {context.draft && <span className="context-draft">{t('context.draftKept')}</span>}
      </p>
      {generic && (
        <p className="context-read">
          {context.answeredFrom === 'selection' ? t('context.readSelection') : t('context.readNearest')}
          {venue.limit === undefined && ` ${t('context.noLimit', [venue.name])}`}{' '}
          {onUseSelection && (
            <button type="button" className="link-button" onClick={onUseSelection}>
              {t('context.useSelection')}
            </button>
          )}
        </p>
      )}
    </>
  );
}
