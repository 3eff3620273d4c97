import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { useProfiles } from '@/components/hooks/use-profiles';
import { toUserError, type UserError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import type { TabStatus } from '@/utils/messaging/protocol';
import { callAsExtension } from '@/utils/messaging/rpc';
import { QUEUE_BOUND } from '@/utils/queue/key';
import {
  DEFAULT_ALERTS,
  moodOf,
  sortQueue,
  spikeOf,
  type QueueFilter,
  type QueueItem,
} from '@/utils/queue/queue';
import { markAnswered, unrefined, type StoredThread } from '@/utils/queue/store';
import { SENTIMENTS } from '@/utils/queue/reading';
import { getDb } from '@/utils/storage/db';
import { PredraftBar } from './predraft-bar';
import { QueueList } from './queue-list';
import { QueueSummary } from './queue-summary';

/** The model's reading of the queue: what it is doing, what went wrong, and the one next step. */
function RefineLine({ thread, onRefine }: { thread: StoredThread; onRefine: (all: boolean) => void }) {
  const { refine } = thread;
  const fresh = unrefined(thread).length;
  return (
    <div className="queue-refine">
      <p role="status">
        {refine.state === 'running'
          ? t('queue.refine.running', [refine.model ?? ''])
          : refine.state === 'done'
            ? t('queue.refine.done', [refine.model ?? '', refine.requests ?? 1])
            : refine.state === 'local-only'
              ? t('queue.refine.localOnly')
              : refine.state === 'failed'
                ? t('queue.refine.failed')
                : t('queue.refine.none')}
      </p>
      {refine.error && refine.state !== 'running' && (
        <ErrorNotice
          error={refine.error}
          onOpenSettings={() => void callAsExtension('options.open', {})}
          onRetry={() => onRefine(false)}
        />
      )}
      {refine.state !== 'running' && fresh > 0 && (
        <button type="button" onClick={() => onRefine(false)}>
          {t('queue.refine.fresh', [fresh])}
        </button>
      )}
    </div>
  );
}

/** The side panel's Comments tab: the queue of the post in the current tab. */
export function CommentQueue({ status }: { status: TabStatus | null }) {
  const threadId = status?.threadId ?? null;
  const thread = useLiveQuery(
    async () => (threadId ? ((await getDb().threads.get(threadId)) ?? null) : null),
    [threadId],
  );
  const { profiles } = useProfiles();
  // Commenter memory: the people of this thread the brand has talked with before.
  const people = useLiveQuery(
    async () => (thread ? getDb().people.where('profileId').equals(thread.profileId).toArray() : []),
    [thread?.profileId],
  );
  const known = useMemo(
    () =>
      new Map(
        (people ?? [])
          .filter((p) => p.platform === thread?.platform)
          .map((p) => [p.who.toLowerCase(), p.interactions.length]),
      ),
    [people, thread?.platform],
  );
  const [filter, setFilter] = useState<QueueFilter>({ unansweredOnly: true });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [busy, setBusy] = useState(false);
  const alerts = profiles?.find((p) => p.id === thread?.profileId)?.alerts ?? DEFAULT_ALERTS;
  const mood = useMemo(() => (thread ? moodOf(thread.items) : undefined), [thread]);
  const spike = useMemo(() => (mood ? spikeOf(mood, alerts) : null), [mood, alerts]);
  const shown = useMemo(() => (thread ? sortQueue(thread.items, filter) : []), [thread, filter]);

  const act = async (what: () => Promise<unknown>): Promise<void> => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      await what();
    } catch (e) {
      setError(toUserError(e));
    } finally {
      setBusy(false);
    }
  };
  const review = () => act(() => callAsExtension('thread.reviewTab', {}));

  if (!threadId) return <p className="queue-empty">{t('queue.notAPost')}</p>;
  if (thread === undefined) return null;
  if (thread === null)
    return (
      <div className="queue-start">
        <p>{t('queue.intro', [QUEUE_BOUND])}</p>
        <button type="button" className="primary" disabled={busy} onClick={() => void review()}>
          {t('queue.review')}
        </button>
        {error && <ErrorNotice error={error} />}
      </div>
    );

  const show = (item: QueueItem): void =>
    void act(async () => {
      const { found } = await callAsExtension('thread.show', { threadId: thread.id, id: item.id });
      setNotice(found ? t('queue.shown', [item.author]) : t('queue.notOnPage', [item.author]));
    });
  const mark = (item: QueueItem): void =>
    void markAnswered(thread.id, item.id, item.answered ? undefined : 'manual');
  const languages = mood?.languages.map((l) => l.language).filter((l) => l !== 'und') ?? [];

  return (
    <div className="comment-queue">
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void review()}>
          {t('queue.readAgain')}
        </button>
      </div>
      {mood && (
        <QueueSummary
          mood={mood}
          spike={spike}
          items={thread.items}
          url={thread.url}
          truncated={thread.truncated}
          onNotice={setNotice}
        />
      )}
      <RefineLine
        thread={thread}
        onRefine={(all) =>
          void act(() => callAsExtension('thread.refine', { threadId: thread.id, ...(all ? { all } : {}) }))
        }
      />
      <fieldset className="queue-filters">
        <legend>{t('queue.filters')}</legend>
        <label>
          <input
            type="checkbox"
            checked={filter.unansweredOnly}
            onChange={(e) => setFilter({ ...filter, unansweredOnly: e.target.checked })}
          />{' '}
          {t('queue.unansweredOnly')}
        </label>
        <select
          aria-label={t('queue.bySentiment')}
          value={filter.sentiment ?? ''}
          onChange={(e) =>
            setFilter({ ...filter, sentiment: (e.target.value || undefined) as QueueFilter['sentiment'] })
          }
        >
          <option value="">{t('queue.anySentiment')}</option>
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>
              {t(`triage.sentiment.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('queue.byLanguage')}
          value={filter.language ?? ''}
          onChange={(e) => setFilter({ ...filter, language: e.target.value || undefined })}
        >
          <option value="">{t('queue.anyLanguage')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </fieldset>
      <PredraftBar thread={thread} />
      <p className="notice-line" aria-live="polite">
        {notice}
      </p>
      {error && <ErrorNotice error={error} />}
      <QueueList items={shown} known={known} onShow={show} onMark={mark} />
    </div>
  );
}
