import { ErrorNotice } from '@/components/error-notice';
import { useVoice, type Decision } from '@/components/hooks/use-voice';
import { bound } from '@/utils/text/clean';
import { t } from '@/utils/i18n/i18n';
import { callAsExtension } from '@/utils/messaging/rpc';
import { PROPOSAL_KINDS, type Proposal, type ProposalKind } from '@/utils/voice/schema';

const KIND_LABEL: Record<ProposalKind, () => string> = {
  descriptor: () => t('voice.kind.descriptor'),
  do: () => t('voice.kind.do'),
  dont: () => t('voice.kind.dont'),
  example: () => t('voice.kind.example'),
};

/** A proposal's short name, for its buttons' names ("Accept do rule: Thank people by name"). */
const named = (p: Proposal): string => `${KIND_LABEL[p.kind]()}: ${bound(p.text, 80)}`;

function ProposalItem({
  proposal,
  decision,
  onDecide,
}: {
  proposal: Proposal;
  decision?: Decision;
  onDecide: (decision: Decision) => void;
}) {
  return (
    <li className={`voice-proposal${decision ? ` ${decision}` : ''}`} data-id={proposal.id}>
      {/* Page text and the model's words: shown as text, never as markup. */}
      <p className="voice-text">{proposal.text}</p>
      {proposal.source && (
        <p className="voice-source">
          <a href={proposal.source.url} target="_blank" rel="noreferrer noopener">
            {proposal.source.date ? t('voice.sourceDated', [proposal.source.date]) : t('voice.source')}
          </a>
        </p>
      )}
      {decision ? (
        <p role="status">{decision === 'accepted' ? t('voice.accepted') : t('voice.rejected')}</p>
      ) : (
        <div className="row">
          <button
            type="button"
            aria-label={t('voice.acceptLabel', [named(proposal)])}
            onClick={() => onDecide('accepted')}
          >
            {t('voice.accept')}
          </button>
          <button
            type="button"
            aria-label={t('voice.rejectLabel', [named(proposal)])}
            onClick={() => onDecide('rejected')}
          >
            {t('voice.reject')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The side panel's Voice tab: "Learn our voice from these posts" on the brand's own page. The posts are
 * listed for the manager to leave some out; one request proposes descriptors, rules and examples; each is
 * accepted (written into the profile then) or rejected (nothing written).
 */
export function VoiceTab({ profileId, profileName }: { profileId: string | null; profileName: string }) {
  const { state, readPosts, toggle, learn, decide } = useVoice(profileId ?? '');
  const { read, chosen, busy, proposals, decisions, error } = state;
  if (!profileId) return <p className="voice-hint">{t('voice.noProfile.detail')}</p>;
  return (
    <section className="voice" aria-labelledby="voice-title">
      <h2 id="voice-title">{t('voice.title', [profileName])}</h2>
      <p className="voice-hint">{t('voice.hint')}</p>
      <button type="button" disabled={busy !== null} onClick={() => void readPosts()}>
        {read === undefined ? t('voice.read') : t('voice.readAgain')}
      </button>
      {read === null && <p role="status">{t('voice.noPosts.title')}</p>}
      {read && (
        <fieldset className="voice-posts">
          <legend>
            {read.replies
              ? t('voice.repliesOf', [read.account, read.posts.length])
              : t('voice.postsOf', [read.account, read.posts.length])}
          </legend>
          {read.truncated && <p>{t('voice.truncated', [read.posts.length])}</p>}
          <ul>
            {read.posts.map((p) => (
              <li key={p.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
                  <span className="voice-text">{bound(p.text, 140)}</span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            disabled={busy !== null || chosen.size === 0}
            onClick={() => void learn()}
          >
            {t('voice.learn', chosen.size)}
          </button>
        </fieldset>
      )}
      {busy && <p role="status">{busy === 'reading' ? t('voice.reading') : t('voice.learning')}</p>}
      {error && (
        <ErrorNotice
          error={error}
          onOpenSettings={() => void callAsExtension('options.open', {})}
          onRetry={() => void learn()}
        />
      )}
      {proposals &&
        PROPOSAL_KINDS.map((kind) => {
          const items = proposals.filter((p) => p.kind === kind);
          if (items.length === 0) return null;
          return (
            <section key={kind} className="voice-group" aria-labelledby={`voice-${kind}`}>
              <h3 id={`voice-${kind}`}>{t(`voice.group.${kind}`)}</h3>
              <ul>
                {items.map((p) => (
                  <ProposalItem
                    key={p.id}
                    proposal={p}
                    decision={decisions[p.id]}
                    onDecide={(d) => void decide(p, d)}
                  />
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
