import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { download } from '@/components/profiles/transfer-buttons';
import { t } from '@/utils/i18n/i18n';
import { exportPeople, forgetEveryone } from '@/utils/memory/people';
import { getDb } from '@/utils/storage/db';

/** The options page's view of commenter memory: how many people, per profile; export; forget everyone. */
export function MemorySection() {
  const people = useLiveQuery(() => getDb().people.toArray(), []);
  const profiles = useLiveQuery(() => getDb().profiles.toArray(), []);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const counts = new Map<string, number>();
  for (const person of people ?? []) counts.set(person.profileId, (counts.get(person.profileId) ?? 0) + 1);
  const on = (profiles ?? []).filter((p) => p.memory.enabled);
  return (
    <section className="card" aria-labelledby="memory-title">
      <h2 id="memory-title">{t('memorySection.title')}</h2>
      <p className="hint">{t('memorySection.hint')}</p>
      {/* Lines, not a list: the profiles' list above is the page's only list of profiles. */}
      <div className="memory-counts">
        {(profiles ?? []).map((p) => (
          <p key={p.id} className="hint">
            {t(p.memory.enabled ? 'memorySection.profileOn' : 'memorySection.profileOff', [
              p.name,
              counts.get(p.id) ?? 0,
              p.memory.retentionDays,
            ])}
          </p>
        ))}
      </div>
      {on.length === 0 && <p className="hint">{t('memorySection.allOff')}</p>}
      <div className="row">
        <button
          type="button"
          disabled={!people?.length}
          onClick={() =>
            void exportPeople().then((json) =>
              download(
                `reply-copilot-people-${new Date().toISOString().slice(0, 10)}.json`,
                json,
                'application/json',
              ),
            )
          }
        >
          {t('memorySection.export')}
        </button>
        {confirming ? (
          <>
            <span>{t('memorySection.confirm', [people?.length ?? 0])}</span>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void forgetEveryone().then((n) => {
                  setConfirming(false);
                  setNotice(t('memorySection.forgotten', [n]));
                })
              }
            >
              {t('memorySection.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('log.keep')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="danger"
            disabled={!people?.length}
            onClick={() => setConfirming(true)}
          >
            {t('memorySection.forgetEveryone')}
          </button>
        )}
      </div>
      <p className="notice-line" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
