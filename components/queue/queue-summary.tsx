import { copyText } from '@/components/hooks/use-panel-actions';
import { t } from '@/utils/i18n/i18n';
import { headsUp, topicName } from '@/utils/queue/heads-up';
import { percent, type Mood, type QueueItem, type Spike } from '@/utils/queue/queue';
import { QUEUE_BOUND } from '@/utils/queue/key';

interface Props {
  mood: Mood;
  spike: Spike | null;
  items: readonly QueueItem[];
  url: string;
  truncated: boolean;
  onNotice: (text: string) => void;
}

/** The reading of the whole thread: progress, the mood in numbers, recurring topics, and the spike alert. */
export function QueueSummary({ mood, spike, items, url, truncated, onNotice }: Props) {
  const intents = (['question', 'complaint', 'praise', 'feedback', 'spam'] as const).filter(
    (i) => mood.intent[i],
  );
  return (
    <section className="queue-summary" aria-label={t('queue.summary')}>
      <p className="queue-progress" role="status">
        {t('queue.progress', [mood.answered, mood.total])}
        {truncated && <> · {t('queue.truncated', [QUEUE_BOUND])}</>}
      </p>
      {spike && (
        <div className="spike" role="alert">
          <strong>{t('queue.spike.title')}</strong>
          {spike.topic && (
            <p>
              {t('queue.spike.topic', [
                spike.topic.count,
                spike.total,
                percent(spike.topic.share),
                topicName(spike.topic.topic),
                percent(spike.topic.threshold),
              ])}
            </p>
          )}
          {spike.negative && (
            <p>
              {t('queue.spike.negative', [
                spike.negative.count,
                spike.total,
                percent(spike.negative.share),
                percent(spike.negative.threshold),
              ])}
            </p>
          )}
          <p>{t('queue.spike.advice')}</p>
          <button
            type="button"
            onClick={() =>
              void copyText(headsUp(spike, items, url)).then((ok) =>
                onNotice(ok ? t('queue.headsUpCopied') : t('sidePanel.copyFailed')),
              )
            }
          >
            {t('queue.copyHeadsUp')}
          </button>
        </div>
      )}
      <p className="queue-mood">
        {t('queue.mood', [
          mood.sentiment.positive,
          mood.sentiment.neutral,
          mood.sentiment.negative,
          mood.sarcasm,
        ])}
      </p>
      {intents.length > 0 && (
        <p className="queue-mood">
          {t('queue.intents')} {intents.map((i) => `${mood.intent[i]} ${t(`queue.intent.${i}`)}`).join(' · ')}
        </p>
      )}
      {mood.topics.length > 0 && (
        <ul className="queue-topics" aria-label={t('queue.topics')}>
          {mood.topics.map(({ topic, count }) => (
            <li key={topic}>{t('queue.topicCount', [count, mood.total, topicName(topic)])}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
