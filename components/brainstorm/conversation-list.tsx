import { useState } from 'react';
import type { Conversation } from '@/utils/brainstorm/conversation';
import { deleteConversation, renameConversation } from '@/utils/brainstorm/store';
import { t } from '@/utils/i18n/i18n';

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
    <nav className="conversations" aria-label={t('conversations.label')}>
      <button type="button" onClick={onNew}>
        {t('conversations.new')}
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
                  aria-label={t('conversations.newName')}
                  value={title}
                  maxLength={120}
                  onChange={(e) => setTitle(e.target.value)}
                  autoFocus
                />
                <button type="submit">{t('conversations.rename')}</button>
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
                  aria-label={t('conversations.renameLabel', [c.title])}
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
                  aria-label={t('conversations.deleteLabel', [c.title])}
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
