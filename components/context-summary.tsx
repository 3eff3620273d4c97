import { answeredText, type ThreadContext } from '@/utils/thread/context';
import { t } from '@/utils/i18n/i18n';

/** One line saying what the reply answers, so the manager knows the panel read the right thread. */
export function ContextSummary({ context }: { context: ThreadContext }) {
  const answered = answeredText(context);
  const who = answered?.author || (context.comment ? t('context.aComment') : t('context.thePost'));
  return (
    <p className="context" title={answered?.text}>
      <span className="context-label">
        {context.comment ? t('context.replyingToComment') : t('context.replyingTo')}
      </span>{' '}
      <strong>{who}</strong>
      {answered?.text && <span className="context-quote">{t('context.quote', [answered.text])}</span>}
      {context.draft && <span className="context-draft">{t('context.draftKept')}</span>}
    </p>
  );
}
