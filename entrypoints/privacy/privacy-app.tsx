import { DEFAULT_MEMORY_SETTINGS } from '@/utils/brand/profile';
import { t, type MessageKey } from '@/utils/i18n/i18n';
import { RECALLED } from '@/utils/memory/people';
import { QUEUE_RETENTION_DAYS } from '@/utils/queue/store';
import { AI_LOG_RETENTION_DAYS } from '@/utils/storage/ai-log';

/**
 * What the extension keeps, where, for how long; what it sends, to whom; and how to erase each thing.
 * Every figure comes from the constant the code itself uses, so the page cannot drift from it.
 */
const KEPT: readonly (readonly [what: MessageKey, kept: MessageKey, days?: number])[] = [
  ['privacy.page.kept.settings', 'privacy.page.kept.settingsFor'],
  ['privacy.page.kept.profiles', 'privacy.page.kept.untilDeleted'],
  ['privacy.page.kept.learned', 'privacy.page.kept.learnedFor'],
  ['privacy.page.kept.saved', 'privacy.page.kept.untilDeleted'],
  ['privacy.page.kept.library', 'privacy.page.kept.libraryFor'],
  ['privacy.page.kept.conversations', 'privacy.page.kept.untilDeleted'],
  ['privacy.page.kept.log', 'privacy.page.kept.days', AI_LOG_RETENTION_DAYS],
  ['privacy.page.kept.queues', 'privacy.page.kept.queuesFor', QUEUE_RETENTION_DAYS],
  ['privacy.page.kept.memory', 'privacy.page.kept.memoryFor', DEFAULT_MEMORY_SETTINGS.retentionDays],
  ['privacy.page.kept.usage', 'privacy.page.kept.usageFor'],
];

const SENT: readonly MessageKey[] = [
  'privacy.page.sent.thread',
  'privacy.page.sent.profile',
  'privacy.page.sent.memory',
  'privacy.page.sent.redaction',
  'privacy.page.sent.key',
  'privacy.page.sent.local',
];

const ELSEWHERE: readonly MessageKey[] = [
  'privacy.page.elsewhere.nothing',
  'privacy.page.elsewhere.library',
  'privacy.page.elsewhere.report',
  'privacy.page.elsewhere.exports',
  'privacy.page.elsewhere.language',
];

const ERASE: readonly MessageKey[] = [
  'privacy.page.erase.log',
  'privacy.page.erase.person',
  'privacy.page.erase.everyone',
  'privacy.page.erase.profiles',
  'privacy.page.erase.library',
  'privacy.page.erase.conversations',
  'privacy.page.erase.extension',
];

const say = (key: MessageKey, days?: number): string =>
  days === undefined ? t(key as 'privacy.page.intro') : t(key as 'privacy.page.kept.days', [days]);

/** One section of the page: a heading and its list. */
function ListSection({ id, title, items }: { id: string; title: string; items: readonly MessageKey[] }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((key) => (
          <li key={key}>{key === 'privacy.page.sent.memory' ? say(key, RECALLED) : say(key)}</li>
        ))}
      </ul>
    </section>
  );
}

export function PrivacyApp() {
  return (
    <main className="options privacy">
      <h1>
        <span aria-hidden="true">✦</span> {t('privacy.page.title')}
      </h1>
      <p className="hint">{t('privacy.page.intro')}</p>
      <section className="card" aria-labelledby="kept-title">
        <h2 id="kept-title">{t('privacy.page.kept.title')}</h2>
        <p>{t('privacy.page.kept.where')}</p>
        <table className="usage">
          <caption className="hint">{t('privacy.page.kept.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.page.kept.what')}</th>
              <th scope="col">{t('privacy.page.kept.howLong')}</th>
            </tr>
          </thead>
          <tbody>
            {KEPT.map(([what, kept, days]) => (
              <tr key={what}>
                <th scope="row">{say(what)}</th>
                <td>{say(kept, days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ListSection id="sent-title" title={t('privacy.page.sent.title')} items={SENT} />
      <ListSection id="elsewhere-title" title={t('privacy.page.elsewhere.title')} items={ELSEWHERE} />
      <ListSection id="erase-title" title={t('privacy.page.erase.title')} items={ERASE} />
      <p>
        <a href="options.html">{t('privacy.page.settings')}</a>
      </p>
    </main>
  );
}
