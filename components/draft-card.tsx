import { useId } from 'react';

interface Props {
  index: number;
  angle: string;
  text: string;
  streaming: boolean;
  /** The stream was cut while this draft was written: shown, labelled, never inserted on its own. */
  incomplete: boolean;
  limit: number;
  selected: boolean;
  onChange: (text: string) => void;
  onInsert: () => void;
  onCopy: () => void;
  onSelect: () => void;
}

/** One draft: editable text, its length against the platform limit, and Insert / Copy. */
export function DraftCard({
  index,
  angle,
  text,
  streaming,
  incomplete,
  limit,
  selected,
  onChange,
  onInsert,
  onCopy,
  onSelect,
}: Props) {
  const id = useId();
  const length = Array.from(text).length;
  const over = length > limit;
  return (
    <section
      className={`draft${selected ? ' draft-selected' : ''}`}
      aria-labelledby={`${id}-label`}
      onFocus={onSelect}
    >
      <header className="draft-header">
        <span id={`${id}-label`} className="draft-angle">
          {index + 1}. {angle}
        </span>
        {incomplete && <span className="draft-incomplete">incomplete</span>}
        <span
          className={`draft-count${over ? ' draft-count-over' : ''}`}
          aria-label={`${length} of ${limit} characters`}
        >
          {length}/{limit}
        </span>
      </header>
      <textarea
        className="draft-text"
        aria-label={`Draft ${index + 1}: ${angle}`}
        value={text}
        readOnly={streaming}
        aria-busy={streaming}
        placeholder={streaming ? 'Writing…' : ''}
        rows={4}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="draft-actions">
        <button
          type="button"
          className="primary"
          disabled={streaming || !text.trim()}
          onClick={onInsert}
          aria-label={`Insert draft ${index + 1}`}
        >
          Insert
        </button>
        <button type="button" disabled={!text.trim()} onClick={onCopy} aria-label={`Copy draft ${index + 1}`}>
          Copy
        </button>
      </div>
    </section>
  );
}
