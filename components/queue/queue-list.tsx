import { t, uiLanguage } from '@/utils/i18n/i18n';
import { bucketOf, BUCKETS, type Bucket, type QueueItem } from '@/utils/queue/queue';
import { topicName } from '@/utils/queue/heads-up';

const bucketTitle = (bucket: Bucket): string =>
  ({
    personal: t('queue.bucket.personal'),
    unhappy: t('queue.bucket.unhappy'),
    question: t('queue.bucket.question'),
    rest: t('queue.bucket.rest'),
  })[bucket];

const when = (iso: string | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : new Intl.DateTimeFormat(uiLanguage().replace('_', '-'), {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(date);
};

interface Props {
  items: readonly QueueItem[];
  /** People the brand remembers (commenter memory): their handle or profile path → conversations. */
  known: ReadonlyMap<string, number>;
  onShow: (item: QueueItem) => void;
  onMark: (item: QueueItem) => void;
}

/** The queue, by need: handle personally, unhappy, unanswered questions, the rest. Page text shown as text. */
export function QueueList({ items, known, onShow, onMark }: Props) {
  if (items.length === 0) return <p className="queue-empty">{t('queue.allClear')}</p>;
  return (
    <div className="queue-list">
      {BUCKETS.map((bucket) => {
        const inBucket = items.filter((item) => bucketOf(item) === bucket);
        if (inBucket.length === 0) return null;
        return (
          <section key={bucket} className={`queue-bucket bucket-${bucket}`} aria-label={bucketTitle(bucket)}>
            <h3>
              {bucketTitle(bucket)} <span className="count">({inBucket.length})</span>
            </h3>
            <ol>
              {inBucket.map((item) => (
                <li
                  key={item.id}
                  className={`queue-item${item.answered ? ' answered' : ''}`}
                  data-id={item.id}
                >
                  <button
                    type="button"
                    className="queue-show"
                    title={t('queue.showTitle')}
                    onClick={() => onShow(item)}
                  >
                    <span className="queue-author">{item.author}</span>
                    <span className="queue-time">{when(item.time)}</span>
                    <span className="queue-text">{item.text}</span>
                  </button>
                  <ul className="chips" aria-label={t('triage.label')}>
                    <li className={`chip chip-${item.reading.sentiment}`}>
                      {t(`triage.sentiment.${item.reading.sentiment}`)}
                    </li>
                    <li className="chip">{t(`triage.intent.${item.reading.intent}`)}</li>
                    {item.reading.sarcasm && <li className="chip chip-flag">{t('triage.flag.sarcasm')}</li>}
                    {item.reading.language !== 'und' && <li className="chip">{item.reading.language}</li>}
                    {item.reading.topics.map((topic) => (
                      <li key={topic} className="chip">
                        {topicName(topic)}
                      </li>
                    ))}
                    {item.handle && known.has(item.handle.toLowerCase()) && (
                      <li className="chip chip-known">
                        {t('queue.known', known.get(item.handle.toLowerCase())!)}
                      </li>
                    )}
                    {item.predraft && <li className="chip chip-ready">{t('queue.draftsReady')}</li>}
                    {item.answered && (
                      <li className="chip chip-done">✓ {t(`queue.answered.${item.answered}`)}</li>
                    )}
                  </ul>
                  <button type="button" className="link-button" onClick={() => onMark(item)}>
                    {item.answered ? t('queue.markUnanswered') : t('queue.markAnswered')}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
