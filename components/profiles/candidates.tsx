import { clearCandidates, dismissCandidate, promoteCandidate } from '@/utils/brand/store';
import { useCandidates } from '../hooks/use-profiles';

/** Replies the manager edited before inserting: promote the good ones to examples, clear the rest. */
export function Candidates({ profileId }: { profileId: string }) {
  const candidates = useCandidates(profileId);
  if (!candidates?.length) return null;
  return (
    <section className="candidates" aria-labelledby={`cand-${profileId}`}>
      <h3 id={`cand-${profileId}`}>Learned from your edits ({candidates.length})</h3>
      <p className="hint">
        Replies you changed before inserting. Promote one to make it an example the drafts learn from.
      </p>
      <ul>
        {candidates.map((c) => (
          <li key={c.id} className="candidate">
            <p className="candidate-comment">
              <span className="label">Comment</span> {c.comment || '(no text)'}
            </p>
            <p>
              <span className="label">Your reply</span> {c.reply}
            </p>
            <div className="row">
              <button
                type="button"
                onClick={() => void promoteCandidate(c.id)}
                aria-label={`Promote: ${c.reply.slice(0, 40)}`}
              >
                Promote to example
              </button>
              <button
                type="button"
                onClick={() => void dismissCandidate(c.id)}
                aria-label={`Dismiss: ${c.reply.slice(0, 40)}`}
              >
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void clearCandidates(profileId)}>
        Clear all learned replies
      </button>
    </section>
  );
}
