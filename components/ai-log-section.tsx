import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { aiLogToCsv, clearAiLog } from '@/utils/ai-log';
import { getDb } from '@/utils/db';
import { download } from './profiles/transfer-buttons';

const SHOWN = 200;

/** Every suggestion shown and every draft inserted, kept locally: view, export as CSV, clear. */
export function AiLogSection() {
  const entries = useLiveQuery(() => getDb().aiLog.orderBy('at').reverse().limit(SHOWN).toArray(), []);
  const total = useLiveQuery(() => getDb().aiLog.count(), []);
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
      <h2 id="log-title">AI-use log</h2>
      <p className="hint">
        Every suggestion shown and every draft inserted, with whether you edited it first. Kept in this
        browser only.
      </p>
      <div className="row">
        <button type="button" disabled={!total} onClick={() => void exportCsv()}>
          Export as CSV
        </button>
        {confirming ? (
          <>
            <span>Delete all {total} entries?</span>
            <button
              type="button"
              className="danger"
              onClick={() => void clearAiLog().then(() => setConfirming(false))}
            >
              Yes, clear the log
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="danger" disabled={!total} onClick={() => setConfirming(true)}>
            Clear all
          </button>
        )}
      </div>
      {entries && entries.length === 0 && <p className="hint">Nothing logged yet.</p>}
      {entries && entries.length > 0 && (
        <table className="usage ai-log">
          <caption className="hint">
            {total && total > SHOWN ? `The latest ${SHOWN} of ${total}` : `${total} entries`}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Platform</th>
              <th scope="col">Profile</th>
              <th scope="col">Edited</th>
              <th scope="col">Post</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.event === 'shown' ? 'Suggestions shown' : 'Draft inserted'}</td>
                <td>{e.platform === 'x' ? 'X' : 'LinkedIn'}</td>
                <td>{e.profileName}</td>
                <td>{e.event === 'inserted' ? (e.edited ? 'yes' : 'no') : ''}</td>
                <td className="url">{e.postUrl}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
