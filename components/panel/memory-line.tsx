import { t, uiLanguage } from '@/utils/i18n/i18n';
import { topicName } from '@/utils/queue/heads-up';
import type { Topic } from '@/utils/queue/reading';
import type { SuggestionsState } from '@/components/hooks/suggestions-state';

/** "3rd conversation", in the interface's language (ordinal rules differ: 1st, 1re, 第 1 次). */
const nth = (n: number): string => {
  const rule = new Intl.PluralRules(uiLanguage().replace('_', '-'), { type: 'ordinal' }).select(n);
  const key = (['one', 'two', 'few'].includes(rule) ? rule : 'other') as 'one' | 'two' | 'few' | 'other';
  return t(`memory.nth.${key}`, [n]);
};

/** "3rd conversation · last 12 Nov: complaint (late delivery)", with "Forget this person". */
export function MemoryLine({
  memory,
  onForget,
}: {
  memory: SuggestionsState['memory'];
  onForget: () => void;
}) {
  if (!memory) return null;
  if (memory.forgotten) return <p className="memory-line">{t('memory.forgotten')}</p>;
  if (memory.count === 0 || !memory.last) return null;
  const { last } = memory;
  const date = new Intl.DateTimeFormat(uiLanguage().replace('_', '-'), {
    day: 'numeric',
    month: 'short',
  }).format(new Date(last.at));
  const what = t(`triage.intent.${last.intent}` as 'triage.intent.other');
  const topics = last.topics.map((topic) => topicName(topic as Topic)).join(t('common.listSeparator'));
  return (
    <p className="memory-line">
      {nth(memory.count + 1)} · {t('memory.last', [date, topics ? `${what} (${topics})` : what])}{' '}
      <button type="button" className="link-button" onClick={onForget}>
        {t('memory.forget')}
      </button>
    </p>
  );
}
