import type { BrainstormMessage } from '@/utils/brainstorm/conversation';
import type { Answer } from '@/components/hooks/use-brainstorm';
import { ActionPair } from '@/components/action-pair';
import { t } from '@/utils/i18n/i18n';

interface Props {
  messages: BrainstormMessage[];
  streaming: Answer | null;
  onCopy: (text: string) => void;
  onSend: (text: string) => void;
}

/** The conversation: requests, pasted material, and answers (only ever shown as text). */
const pastedKind = (kind: string): string =>
  kind === 'draft'
    ? t('messages.pasted.draft')
    : kind === 'comment'
      ? t('messages.pasted.comment')
      : t('messages.pasted.text');

export function MessageList({ messages, streaming, onCopy, onSend }: Props) {
  return (
    <ol className="messages" aria-label={t('messages.label')} aria-live="polite">
      {messages.map((m, i) => (
        <li key={m.id} className={`message message-${m.role}`}>
          <p className="message-text">{m.content}</p>
          {m.pasted && (
            <blockquote
              className="pasted"
              aria-label={t('messages.pastedLabel', [pastedKind(m.pasted.kind)])}
            >
              {m.pasted.text}
            </blockquote>
          )}
          {m.role === 'assistant' && (
            <div className="message-actions">
              {m.incomplete && <span className="draft-incomplete">{t('draft.incomplete')}</span>}
              <ActionPair
                copyLabel={t('messages.copyLabel', [i + 1])}
                onCopy={() => onCopy(m.content)}
                primary={{
                  text: t('messages.send'),
                  label: t('messages.sendLabel', [i + 1]),
                  onClick: () => onSend(m.content),
                }}
              />
            </div>
          )}
        </li>
      ))}
      {streaming && (streaming.streaming || (streaming.text && messages.at(-1)?.role !== 'assistant')) && (
        // The answer being written, and after it ends, until it is saved in the conversation.
        <li className="message message-assistant" aria-busy={streaming.streaming}>
          <p className="message-text">{streaming.text || t('messages.thinking')}</p>
        </li>
      )}
    </ol>
  );
}
