import { needsPersonalAnswer, type Flag, type Triage } from '@/utils/safety/triage';
import { t } from '@/utils/i18n/i18n';

const flagLabel = (flag: Flag): string =>
  ({
    sarcasm: t('triage.flag.sarcasm'),
    crisis: t('triage.flag.crisis'),
    legal: t('triage.flag.legal'),
    safety_health: t('triage.flag.safetyHealth'),
    harassment: t('triage.flag.harassment'),
    injection: t('triage.flag.injection'),
  })[flag];

const sentimentLabel = (value: Triage['sentiment']): string =>
  ({
    positive: t('triage.sentiment.positive'),
    neutral: t('triage.sentiment.neutral'),
    negative: t('triage.sentiment.negative'),
    unknown: t('triage.unknown'),
  })[value];

const intentLabel = (value: Triage['intent']): string =>
  ({
    question: t('triage.intent.question'),
    praise: t('triage.intent.praise'),
    complaint: t('triage.intent.complaint'),
    feedback: t('triage.intent.feedback'),
    spam: t('triage.intent.spam'),
    other: t('triage.intent.other'),
    unknown: t('triage.unknown'),
  })[value];

/** The reading of the room as compact chips above the drafts. "unknown" is shown honestly. */
export function TriageChips({ triage }: { triage: Triage | undefined }) {
  if (!triage) return <p className="chips chips-pending">{t('triage.pending')}</p>;
  return (
    <ul className="chips" aria-label={t('triage.label')}>
      <li className={`chip chip-${triage.sentiment}`}>
        {t('triage.sentimentChip', [sentimentLabel(triage.sentiment)])}
      </li>
      <li className="chip">{t('triage.intentChip', [intentLabel(triage.intent)])}</li>
      {triage.language !== 'unknown' && (
        <li className="chip">{t('triage.languageChip', [triage.language])}</li>
      )}
      {triage.flags.map((flag) => (
        <li key={flag} className="chip chip-flag">
          ⚠ {flagLabel(flag)}
        </li>
      ))}
    </ul>
  );
}

/** Shown when the comment deserves a person: crisis, legal, safety or health, or a topic the brand handles personally. */
export function PersonalBanner({ triage }: { triage: Triage | undefined }) {
  if (!triage || !needsPersonalAnswer(triage)) return null;
  const reasons = [
    ...triage.flags.filter((f) => f === 'crisis' || f === 'legal' || f === 'safety_health').map(flagLabel),
    ...triage.personalTopics,
  ];
  return (
    <div className="banner" role="alert">
      <strong>{t('triage.personal.title')}</strong>{' '}
      {t('triage.personal.body', [reasons.join(t('common.listSeparator'))])}
    </div>
  );
}
