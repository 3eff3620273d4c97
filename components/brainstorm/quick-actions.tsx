import { useState, type FormEvent } from 'react';
import {
  answerIdeas,
  hashtags,
  postIdeas,
  rewrite,
  REWRITE_STYLES,
  translate,
  type QuickRequest,
  type RewriteStyle,
} from '@/utils/brainstorm/actions';
import { Field } from '../field';

type Action = 'ideas' | 'hashtags' | 'rewrite' | 'translate' | 'answer';
const LABELS: Record<Action, string> = {
  ideas: 'Post ideas',
  hashtags: 'Hashtags',
  rewrite: 'Rewrite',
  translate: 'Translate',
  answer: 'Answer a comment',
};

/** One click starts a common job; a small form asks only for what that job needs. */
export function QuickActions({
  disabled,
  onRequest,
}: {
  disabled: boolean;
  onRequest: (request: QuickRequest) => void;
}) {
  const [open, setOpen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const [style, setStyle] = useState<RewriteStyle>('shorter');

  const choose = (action: Action): void => {
    setOpen(open === action ? null : action);
    setExtra(action === 'translate' ? 'English' : '');
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!text.trim()) return;
    const request =
      open === 'ideas'
        ? postIdeas(text, extra)
        : open === 'hashtags'
          ? hashtags(text)
          : open === 'rewrite'
            ? rewrite(text, style)
            : open === 'translate'
              ? translate(text, extra || 'English')
              : answerIdeas(text);
    onRequest(request);
    setText('');
    setOpen(null);
  };

  return (
    <div className="quick-actions">
      <div className="row" role="toolbar" aria-label="Quick actions">
        {(Object.keys(LABELS) as Action[]).map((action) => (
          <button
            key={action}
            type="button"
            className="chip"
            aria-pressed={open === action}
            onClick={() => choose(action)}
          >
            {LABELS[action]}
          </button>
        ))}
      </div>
      {open && (
        <form className="quick-form" onSubmit={submit} aria-label={LABELS[open]}>
          <Field
            label={
              open === 'ideas'
                ? 'Topic'
                : open === 'answer'
                  ? 'The comment'
                  : open === 'translate'
                    ? 'Text to translate'
                    : 'Your draft'
            }
          >
            {(props) => (
              <textarea
                {...props}
                rows={open === 'ideas' ? 2 : 4}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          {open === 'ideas' && (
            <Field label="Date or occasion (optional)">
              {(props) => (
                <input
                  {...props}
                  value={extra}
                  placeholder="e.g. 8 March, Black Friday"
                  onChange={(e) => setExtra(e.target.value)}
                />
              )}
            </Field>
          )}
          {open === 'translate' && (
            <Field label="Into">
              {(props) => <input {...props} value={extra} onChange={(e) => setExtra(e.target.value)} />}
            </Field>
          )}
          {open === 'rewrite' && (
            <Field label="Make it">
              {(props) => (
                <select {...props} value={style} onChange={(e) => setStyle(e.target.value as RewriteStyle)}>
                  {REWRITE_STYLES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <button type="submit" className="primary" disabled={disabled || !text.trim()}>
            {LABELS[open]}
          </button>
        </form>
      )}
    </div>
  );
}
