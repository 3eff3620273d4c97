import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/storage/db';
import { dayOf } from '@/utils/storage/usage';
import { t } from '@/utils/i18n/i18n';

const money = (usd: number | undefined): string =>
  usd === undefined ? t('usage.unknownPrice') : usd < 0.01 ? `< $0.01` : `$${usd.toFixed(2)}`;

/** Tokens and estimated cost per profile: today, and the last 7 days. */
export function UsageMeter() {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const since = dayOf(new Date(Date.now() - 6 * 86_400_000));
    const [rows, profiles] = await Promise.all([
      db.usage.where('day').aboveOrEqual(since).toArray(),
      db.profiles.toArray(),
    ]);
    return { rows, names: new Map(profiles.map((p) => [p.id, p.name])) };
  }, []);
  if (!data) return null;
  const today = dayOf(new Date());
  const byProfile = new Map<string, { today: number; week: number; cost?: number; requests: number }>();
  for (const row of data.rows) {
    const entry = byProfile.get(row.profileId) ?? { today: 0, week: 0, requests: 0 };
    const tokens = row.promptTokens + row.completionTokens;
    entry.week += tokens;
    entry.requests += row.requests;
    if (row.day === today) entry.today += tokens;
    if (row.costUsd !== undefined) entry.cost = (entry.cost ?? 0) + row.costUsd;
    byProfile.set(row.profileId, entry);
  }
  return (
    <section aria-labelledby="usage-title">
      <h3 id="usage-title">{t('usage.title')}</h3>
      {byProfile.size === 0 ? (
        <p className="hint">{t('usage.none')}</p>
      ) : (
        <table className="usage">
          <thead>
            <tr>
              <th scope="col">{t('usage.profile')}</th>
              <th scope="col">{t('usage.today')}</th>
              <th scope="col">{t('usage.week')}</th>
              <th scope="col">{t('usage.requests')}</th>
              <th scope="col">{t('usage.cost')}</th>
            </tr>
          </thead>
          <tbody>
            {[...byProfile].map(([profileId, u]) => (
              <tr key={profileId}>
                <th scope="row">
                  {data.names.get(profileId) ??
                    (profileId === 'fallback' ? t('usage.neutral') : t('usage.deleted'))}
                </th>
                <td>{u.today.toLocaleString()}</td>
                <td>{u.week.toLocaleString()}</td>
                <td>{u.requests.toLocaleString()}</td>
                <td>{money(u.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">{t('usage.hint')}</p>
    </section>
  );
}
