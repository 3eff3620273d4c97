import { clearCandidates, dismissCandidate, promoteCandidate } from '@/utils/brand/store';
import { useCandidates } from '@/components/hooks/use-profiles';
import { t } from '@/utils/i18n/i18n';

/** Replies the manager edited before inserting: promote the good ones to examples, clear the rest. */
export function Candidates({ profileId }: { profileId: string }) {
  const candidates = useCandidates(profileId);
  if (!candidates?.length) return null;
  return (
    <section className="candidates" aria-labelledby={`cand-${profileId}`}>
      <h3 id={`cand-${profileId}`}>{t('candidates.title', [candidates.length])}</h3>
      <p className="hint">{t('candidates.hint')}</p>
      <ul>
        {candidates.map((c) => (
          <li key={c.id} className="candidate">
            <p className="candidate-comment">
              <span className="label">{t('candidates.comment')}</span> {c.comment || t('candidates.noText')}
            </p>
            <p>
              <span className="label">{t('candidates.reply')}</span> {c.reply}
            </p>
            <div className="row">
              <button
                type="button"
                onClick={() => void promoteCandidate(c.id)}
                aria-label={t('candidates.promoteLabel', [c.reply.slice(0, 40)])}
              >
                {t('candidates.promote')}
              </button>
              <button
                type="button"
                onClick={() => void dismissCandidate(c.id)}
                aria-label={t('candidates.dismissLabel', [c.reply.slice(0, 40)])}
              >
                {t('candidates.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void clearCandidates(profileId)}>
        {t('candidates.clear')}
      </button>
    </section>
  );
}
