import { useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { toUserError, type UserError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import type { SpendEstimate } from '@/utils/messaging/protocol';
import { callAsExtension } from '@/utils/messaging/rpc';
import type { StoredThread } from '@/utils/queue/store';

const money = (usd: number): string => (usd < 0.01 && usd > 0 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`);

function estimateText(e: SpendEstimate): string {
  const cost =
    e.estimateUsd === undefined
      ? t('queue.predraft.unknownCost', [e.count, e.tokens])
      : t('queue.predraft.cost', [money(e.estimateUsd), e.count, e.tokens]);
  const spent =
    e.capUsd === undefined
      ? t('queue.predraft.noCap', [money(e.spentTodayUsd)])
      : t('queue.predraft.spent', [money(e.spentTodayUsd), money(e.capUsd)]);
  return `${cost} ${spent}`;
}

/** "Draft the top N" (optional, closed by default): the estimate first, then the run, against the cap. */
export function PredraftBar({ thread }: { thread: StoredThread }) {
  const [count, setCount] = useState(5);
  const [estimate, setEstimate] = useState<SpendEstimate | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const run = thread.predraft;
  const running = run?.state === 'running';
  const ask = async (): Promise<void> => {
    setError(null);
    try {
      setEstimate(await callAsExtension('thread.estimate', { threadId: thread.id, count }));
    } catch (e) {
      setError(toUserError(e));
    }
  };
  const start = async (): Promise<void> => {
    setError(null);
    try {
      await callAsExtension('thread.predraft', { threadId: thread.id, count });
      setEstimate(null);
    } catch (e) {
      setError(toUserError(e));
    }
  };
  return (
    <details className="predraft">
      <summary>{t('queue.predraft.title')}</summary>
      <p className="hint">{t('queue.predraft.hint')}</p>
      <div className="row">
        <label>
          {t('queue.predraft.count')}{' '}
          <input
            type="number"
            min={1}
            max={20}
            value={count}
            onChange={(e) => {
              setCount(Math.max(1, Math.min(20, Number(e.target.value) || 1)));
              setEstimate(null);
            }}
          />
        </label>
        <button type="button" disabled={running} onClick={() => void ask()}>
          {t('queue.predraft.estimate')}
        </button>
      </div>
      {estimate && (
        <div className="predraft-estimate" role="status">
          <p>{estimateText(estimate)}</p>
          {estimate.overCap && <p className="warn">{t('queue.predraft.overCap')}</p>}
          {estimate.count === 0 ? (
            <p>{t('queue.predraft.nothing')}</p>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={estimate.overCap || running}
              onClick={() => void start()}
            >
              {t('queue.predraft.run', [estimate.count])}
            </button>
          )}
        </div>
      )}
      {run && (
        <p className="predraft-progress" role="status">
          {running
            ? t('queue.predraft.running', [run.done, run.total])
            : run.state === 'done'
              ? t('queue.predraft.done', [run.done])
              : run.state === 'stopped'
                ? t('queue.predraft.stopped', [run.done, run.total])
                : t('queue.predraft.failed', [run.done, run.total])}{' '}
          {running && (
            <button
              type="button"
              onClick={() => void callAsExtension('thread.stopPredraft', { threadId: thread.id })}
            >
              {t('panel.stop')}
            </button>
          )}
        </p>
      )}
      {(error ?? run?.error) && (
        <ErrorNotice
          error={(error ?? run?.error)!}
          onOpenSettings={() => void callAsExtension('options.open', {})}
        />
      )}
    </details>
  );
}
