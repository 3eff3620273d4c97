import { needsPersonalAnswer, type Flag, type Triage } from '@/utils/safety/triage';

const FLAG_LABELS: Record<Flag, string> = {
  sarcasm: 'sarcasm',
  crisis: 'crisis',
  legal: 'legal',
  safety_health: 'safety or health',
  harassment: 'harassment',
  injection: 'tries to instruct the AI',
};

/** The reading of the room as compact chips above the drafts. "unknown" is shown honestly. */
export function TriageChips({ triage }: { triage: Triage | undefined }) {
  if (!triage) return <p className="chips chips-pending">Reading the comment…</p>;
  return (
    <ul className="chips" aria-label="Reading of the comment">
      <li className={`chip chip-${triage.sentiment}`}>Sentiment: {triage.sentiment}</li>
      <li className="chip">Intent: {triage.intent}</li>
      {triage.language !== 'unknown' && <li className="chip">Language: {triage.language}</li>}
      {triage.flags.map((flag) => (
        <li key={flag} className="chip chip-flag">
          ⚠ {FLAG_LABELS[flag]}
        </li>
      ))}
    </ul>
  );
}

/** Shown when the comment deserves a person: crisis, legal, safety or health, or a topic the brand handles personally. */
export function PersonalBanner({ triage }: { triage: Triage | undefined }) {
  if (!triage || !needsPersonalAnswer(triage)) return null;
  const reasons = [
    ...triage.flags
      .filter((f) => f === 'crisis' || f === 'legal' || f === 'safety_health')
      .map((f) => FLAG_LABELS[f]),
    ...triage.personalTopics,
  ];
  return (
    <div className="banner" role="alert">
      <strong>This one deserves a personal answer.</strong> It touches on {reasons.join(', ')}. Consider
      answering it yourself, and escalating it to the right person. You can still use a draft as a starting
      point.
    </div>
  );
}
