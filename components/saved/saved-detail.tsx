import type { ReactNode } from 'react';
import { lintDraft, platformLength, type LintRules } from '@/utils/brand/lint';
import type { SavedEntry } from '@/utils/saved/schema';
import type { Filled, Need, Values } from '@/utils/saved/template';
import type { Venue } from '@/utils/thread/venue';
import { t } from '@/utils/i18n/i18n';
import { FillFields } from './fill-fields';

interface Props {
  reply: SavedEntry;
  filled: Filled;
  /** The fields to show: what the thread did not give (they stay while the manager fills them). */
  asked: readonly Need[];
  values: Values;
  onValue: (key: string, value: string) => void;
  onFieldEnter: (key: string) => void;
  /** The brand's rules and where the reply goes: saved replies are checked like drafts. */
  rules: LintRules;
  venue?: Venue;
  /** The actions: Insert exact, Adapt, Copy, Send to composer… */
  children: ReactNode;
}

/** The reply as it will go in, its required passages shown, marked in bold (only ever text). */
function Preview({ marked }: { marked: string }) {
  const parts = marked.split(/\[\[|\]\]/);
  return (
    <p className="saved-preview">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <strong key={i} className="saved-required" title={t('saved.requiredPassage')}>
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/** One saved reply, filled from the thread: its text, length and brand-rule problems, what it still needs. */
export function SavedDetail({
  reply,
  filled,
  asked,
  values,
  onValue,
  onFieldEnter,
  rules,
  venue,
  children,
}: Props) {
  const problems = lintDraft(filled.text, rules, venue ?? { platform: 'web', name: '' });
  const shownProblems = venue ? problems : problems.filter((p) => p.code !== 'too-long');
  const length = venue ? platformLength(filled.text, venue.platform) : 0;
  return (
    <section className="saved-detail" aria-label={t('saved.detailLabel', [reply.title])}>
      <header className="draft-header">
        <span className="draft-angle">{reply.title}</span>
        {venue && (
          <span
            className={`draft-count${venue.limit !== undefined && length > venue.limit ? ' draft-count-over' : ''}`}
            aria-label={
              venue.limit === undefined
                ? t('draft.countNoLimit', [length])
                : t('draft.count', [length, venue.limit])
            }
          >
            {venue.limit === undefined ? length : `${length}/${venue.limit}`}
          </span>
        )}
      </header>
      <Preview marked={filled.marked} />
      {filled.required.length > 0 && (
        <p className="draft-note">{t('saved.hasRequired', filled.required.length)}</p>
      )}
      {shownProblems.length > 0 && (
        <ul className="problems" aria-label={t('saved.problems', [reply.title])}>
          {shownProblems.map((p) => (
            <li key={p.code}>{p.message}</li>
          ))}
        </ul>
      )}
      <FillFields needs={asked} values={values} onChange={onValue} onEnter={onFieldEnter} />
      <div className="draft-actions">{children}</div>
    </section>
  );
}
