import { useState, type FormEvent } from 'react';
import {
  answerIdeas,
  hashtags,
  postIdeas,
  rewrite,
  REWRITE_STYLES,
  styleLabel,
  translate,
  type QuickRequest,
  type RewriteStyle,
} from '@/utils/brainstorm/actions';
import { Field } from '@/components/field';
import { t } from '@/utils/i18n/i18n';

type Action = 'ideas' | 'hashtags' | 'rewrite' | 'translate' | 'answer';
const ACTIONS: Action[] = ['ideas', 'hashtags', 'rewrite', 'translate', 'answer'];
const label = (action: Action): string =>
  ({
    ideas: t('quick.ideas'),
    hashtags: t('quick.hashtags'),
    rewrite: t('quick.rewrite'),
    translate: t('quick.translate'),
    answer: t('quick.answer'),
  })[action];

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
    setExtra(action === 'translate' ? t('quick.intoDefault') : '');
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
              ? translate(text, extra || t('quick.intoDefault'))
              : answerIdeas(text);
    onRequest(request);
    setText('');
    setOpen(null);
  };

  return (
    <div className="quick-actions">
      <div className="row" role="toolbar" aria-label={t('quick.label')}>
        {ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            className="chip"
            aria-pressed={open === action}
            onClick={() => choose(action)}
          >
            {label(action)}
          </button>
        ))}
      </div>
      {open && (
        <form className="quick-form" onSubmit={submit} aria-label={label(open)}>
          <Field
            label={
              open === 'ideas'
                ? t('quick.topic')
                : open === 'answer'
                  ? t('quick.comment')
                  : open === 'translate'
                    ? t('quick.toTranslate')
                    : t('quick.draft')
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
            <Field label={t('quick.occasion')}>
              {(props) => (
                <input
                  {...props}
                  value={extra}
                  placeholder={t('quick.occasionExample')}
                  onChange={(e) => setExtra(e.target.value)}
                />
              )}
            </Field>
          )}
          {open === 'translate' && (
            <Field label={t('quick.into')}>
              {(props) => <input {...props} value={extra} onChange={(e) => setExtra(e.target.value)} />}
            </Field>
          )}
          {open === 'rewrite' && (
            <Field label={t('quick.makeIt')}>
              {(props) => (
                <select {...props} value={style} onChange={(e) => setStyle(e.target.value as RewriteStyle)}>
                  {REWRITE_STYLES.map((s) => (
                    <option key={s} value={s}>
                      {styleLabel(s)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <button type="submit" className="primary" disabled={disabled || !text.trim()}>
            {label(open)}
          </button>
        </form>
      )}
    </div>
  );
}
