import { useId, type KeyboardEvent, type Ref } from 'react';
import type { SavedEntry } from '@/utils/saved/schema';
import { t } from '@/utils/i18n/i18n';
import './saved.css';

interface Props {
  /** In the order to show them (utils/saved/rank.ts): the best match first. */
  replies: readonly SavedEntry[];
  chosen: number;
  onChoose: (index: number) => void;
  search: string;
  onSearch: (search: string) => void;
  /** Enter in the search box: insert (or send) the chosen reply, or ask what it still needs. */
  onEnter: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the box: how to use it from the keyboard. */
  hint: string;
}

const SHOWN = 8;

/**
 * The saved replies as a search box with its list (the ARIA combobox pattern): typing filters, ↑ ↓
 * choose, Enter acts on the chosen one. The focus stays in the box; the list is only ever text.
 */
export function SavedPicker({ replies, chosen, onChoose, search, onSearch, onEnter, inputRef, hint }: Props) {
  const id = useId();
  const shown = replies.slice(0, Math.max(SHOWN, chosen + 1));
  const option = (i: number): string => `${id}-option-${i}`;
  const onKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && replies.length) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : replies.length - 1;
      onChoose((chosen + step) % replies.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (replies.length) onEnter();
    }
  };
  return (
    <div className="saved-picker">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('saved.search')}
        aria-expanded={replies.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={replies.length ? option(chosen) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('saved.searchPlaceholder')}
        value={search}
        maxLength={100}
        onChange={(event) => onSearch(event.target.value)}
        onKeyDown={onKey}
      />
      <span id={`${id}-hint`} className="saved-hint">
        {hint}
      </span>
      <ul id={`${id}-list`} role="listbox" aria-label={t('saved.list')} className="saved-list">
        {shown.map((reply, i) => (
          <li
            key={reply.id}
            id={option(i)}
            role="option"
            aria-selected={i === chosen}
            className={`saved-option${i === chosen ? ' saved-option-chosen' : ''}`}
            onClick={() => onChoose(i)}
          >
            <span className="saved-title">{reply.title}</span>
            {reply.tags.length > 0 && <span className="saved-tags">{reply.tags.join(' · ')}</span>}
          </li>
        ))}
      </ul>
      {replies.length === 0 && (
        <p className="saved-empty">{search.trim() ? t('saved.noMatch') : t('saved.none')}</p>
      )}
      {replies.length > shown.length && (
        <p className="saved-more">{t('saved.more', [replies.length - shown.length])}</p>
      )}
    </div>
  );
}
