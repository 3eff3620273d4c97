import { useState } from 'react';
import type { Conversation } from '@/utils/brainstorm/conversation';
import { deleteConversation, renameConversation } from '@/utils/brainstorm/store';

interface Props {
  conversations: Conversation[];
  activeId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
}

/** The profile's saved conversations: open, rename, delete. */
export function ConversationList({ conversations, activeId, onOpen, onNew }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  return (
    <nav className="conversations" aria-label="Conversations">
      <button type="button" onClick={onNew}>
        New conversation
      </button>
      <ul>
        {conversations.map((c) => (
          <li key={c.id} className={c.id === activeId ? 'active' : ''}>
            {renaming === c.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  if (title.trim()) void renameConversation(c.id, title.trim()).then(() => setRenaming(null));
                }}
              >
                <input
                  aria-label="New name"
                  value={title}
                  maxLength={120}
                  onChange={(e) => setTitle(e.target.value)}
                  autoFocus
                />
                <button type="submit">Rename</button>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  className="link-button conversation-title"
                  aria-current={c.id === activeId}
                  onClick={() => onOpen(c.id)}
                >
                  {c.title}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Rename “${c.title}”`}
                  onClick={() => {
                    setRenaming(c.id);
                    setTitle(c.title);
                  }}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete “${c.title}”`}
                  onClick={() => void deleteConversation(c.id)}
                >
                  🗑
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
