import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { aiLogToCsv, clearAiLog } from '@/utils/storage/ai-log';
import { getDb, type AiLogEntry } from '@/utils/storage/db';
import { download } from '@/components/profiles/transfer-buttons';
import { t } from '@/utils/i18n/i18n';

const SHOWN = 200;

/** What happened, in words: a suggestion shown, a draft inserted, or a saved reply (as it is, or adapted). */
const eventLabel = (e: AiLogEntry): string =>
  e.event === 'shown'
    ? t('log.shown')
    : e.source === 'saved-exact'
      ? t('saved.log.exact')
      : e.source === 'saved-adapted'
        ? t('saved.log.adapted')
        : t('log.inserted');

/** Every suggestion shown and every draft inserted, kept locally: view, export as CSV, clear. */
export function AiLogSection() {
  const entries = useLiveQuery(() => getDb().aiLog.orderBy('at').reverse().limit(SHOWN).toArray(), []);
  const total = useLiveQuery(() => getDb().aiLog.count(), []);
  const queues = useLiveQuery(() => getDb().threads.count(), []);
  const [confirming, setConfirming] = useState(false);

  const exportCsv = async (): Promise<void> => {
    const all = await getDb().aiLog.orderBy('at').toArray();
    download(
      `reply-copilot-ai-log-${new Date().toISOString().slice(0, 10)}.csv`,
      aiLogToCsv(all),
      'text/csv',
    );
  };

  return (
    <section className="card" aria-labelledby="log-title">
      <h2 id="log-title">{t('log.title')}</h2>
      <p className="hint">{t('log.hint')}</p>
      <div className="row">
        <button type="button" disabled={!total} onClick={() => void exportCsv()}>
          {t('log.export')}
        </button>
        {confirming ? (
          <>
            <span>{t('log.confirmAll', [total ?? 0, queues ?? 0])}</span>
            <button
              type="button"
              className="danger"
              onClick={() => void clearAiLog().then(() => setConfirming(false))}
            >
              {t('log.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('log.keep')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="danger"
            disabled={!total && !queues}
            onClick={() => setConfirming(true)}
          >
            {t('log.clear')}
          </button>
        )}
      </div>
      {entries && entries.length === 0 && <p className="hint">{t('log.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="usage ai-log">
          <caption className="hint">
            {total && total > SHOWN ? t('log.latest', [SHOWN, total]) : t('log.count', [total ?? 0])}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('log.when')}</th>
              <th scope="col">{t('log.event')}</th>
              <th scope="col">{t('log.platform')}</th>
              <th scope="col">{t('log.profile')}</th>
              <th scope="col">{t('log.edited')}</th>
              <th scope="col">{t('log.post')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{eventLabel(e)}</td>
                <td>{e.platform === 'x' ? 'X' : 'LinkedIn'}</td>
                <td>{e.profileName}</td>
                <td>{e.event === 'inserted' ? (e.edited ? t('common.yes') : t('common.no')) : ''}</td>
                <td className="url">{e.postUrl}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
