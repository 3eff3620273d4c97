import { useId } from 'react';
import type { Problem } from '@/utils/brand/lint';
import { ActionPair } from './action-pair';
import { t } from '@/utils/i18n/i18n';

interface Props {
  index: number;
  angle: string;
  text: string;
  streaming: boolean;
  /** The stream was cut while this draft was written: shown, labelled, never inserted on its own. */
  incomplete: boolean;
  /** Length as the platform counts it, of what will be inserted, and the platform's limit (none on some sites). */
  length: number;
  limit?: number;
  problems: Problem[];
  /** The AI disclosure that will be appended on insert, if the brand uses one. */
  disclosure: string;
  selected: boolean;
  onChange: (text: string) => void;
  onInsert: () => void;
  onCopy: () => void;
  onFix: () => void;
  onShorten: () => void;
  onSelect: () => void;
}

/** One draft: editable text, its length, the brand-rule problems found in it, and its actions. */
export function DraftCard(props: Props) {
  const { index, angle, text, streaming, incomplete, length, limit, problems, disclosure, selected } = props;
  const id = useId();
  const tooLong = problems.some((p) => p.code === 'too-long' || p.code === 'over-brand-limit');
  const fixable = problems.some((p) => p.fixable && p.code !== 'too-long' && p.code !== 'over-brand-limit');
  const busy = streaming || !text.trim();
  return (
    <section
      className={`draft${selected ? ' draft-selected' : ''}`}
      aria-labelledby={`${id}-label`}
      aria-current={selected ? 'true' : undefined}
      data-draft={index}
      tabIndex={-1}
      onFocus={props.onSelect}
    >
      <header className="draft-header">
        <span id={`${id}-label`} className="draft-angle">
          {index + 1}. {angle}
        </span>
        {incomplete && <span className="draft-incomplete">{t('draft.incomplete')}</span>}
        <span
          className={`draft-count${limit !== undefined && length > limit ? ' draft-count-over' : ''}`}
          aria-label={
            limit === undefined ? t('draft.countNoLimit', [length]) : t('draft.count', [length, limit])
          }
        >
          {limit === undefined ? length : `${length}/${limit}`}
        </span>
      </header>
      <textarea
        className="draft-text"
        aria-label={t('draft.label', [index + 1, angle])}
        aria-describedby={problems.length ? `${id}-problems` : undefined}
        value={text}
        readOnly={streaming}
        aria-busy={streaming}
        placeholder={streaming ? t('draft.writing') : ''}
        rows={4}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {disclosure && text && <p className="draft-note">{t('draft.disclosureAdded', [disclosure])}</p>}
      {problems.length > 0 && !streaming && (
        <ul id={`${id}-problems`} className="problems" aria-label={t('draft.problems', [index + 1])}>
          {problems.map((p) => (
            <li key={p.code}>{p.message}</li>
          ))}
        </ul>
      )}
      <div className="draft-actions">
        {fixable && (
          <button
            type="button"
            disabled={busy}
            onClick={props.onFix}
            aria-label={t('draft.fixLabel', [index + 1])}
          >
            {t('draft.fix')}
          </button>
        )}
        {tooLong && (
          <button
            type="button"
            disabled={busy}
            onClick={props.onShorten}
            aria-label={t('draft.shortenLabel', [index + 1])}
          >
            {t('draft.shorten')}
          </button>
        )}
        <ActionPair
          copyLabel={t('draft.copyLabel', [index + 1])}
          onCopy={props.onCopy}
          primary={{
            text: t('draft.insert'),
            label: t('draft.insertLabel', [index + 1]),
            onClick: props.onInsert,
          }}
          disabled={busy}
        />
      </div>
    </section>
  );
}
