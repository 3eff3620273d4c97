import type { BrainstormMessage } from '@/utils/brainstorm/conversation';
import type { Answer } from '../hooks/use-brainstorm';

interface Props {
  messages: BrainstormMessage[];
  streaming: Answer | null;
  onCopy: (text: string) => void;
  onSend: (text: string) => void;
}

/** The conversation: requests, pasted material, and answers (only ever shown as text). */
export function MessageList({ messages, streaming, onCopy, onSend }: Props) {
  return (
    <ol className="messages" aria-label="Conversation" aria-live="polite">
      {messages.map((m, i) => (
        <li key={m.id} className={`message message-${m.role}`}>
          <p className="message-text">{m.content}</p>
          {m.pasted && (
            <blockquote className="pasted" aria-label={`Pasted ${m.pasted.kind}`}>
              {m.pasted.text}
            </blockquote>
          )}
          {m.role === 'assistant' && (
            <div className="message-actions">
              {m.incomplete && <span className="draft-incomplete">incomplete</span>}
              <button type="button" onClick={() => onCopy(m.content)} aria-label={`Copy answer ${i + 1}`}>
                Copy
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => onSend(m.content)}
                aria-label={`Send answer ${i + 1} to the composer`}
              >
                Send to composer
              </button>
            </div>
          )}
        </li>
      ))}
      {streaming && (streaming.streaming || (streaming.text && messages.at(-1)?.role !== 'assistant')) && (
        // The answer being written, and after it ends, until it is saved in the conversation.
        <li className="message message-assistant" aria-busy={streaming.streaming}>
          <p className="message-text">{streaming.text || 'Thinking…'}</p>
        </li>
      )}
    </ol>
  );
}
