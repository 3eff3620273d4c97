import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';

/**
 * The panel's keyboard: Escape closes it (on release, so the keyup has a target), ↑ ↓ move between
 * drafts and Enter inserts the chosen one (outside the text fields, where the keys keep their meaning).
 * Once the first draft shows and the panel has the focus, whichever comes last, the keyboard starts on it.
 */
export function usePanelKeys(options: {
  close: () => void;
  count: number;
  firstReady: boolean;
  canInsert: (index: number) => boolean;
}) {
  const { close, count, firstReady, canInsert } = options;
  const draftsRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    let pending: number | undefined;
    const finish = (): void => {
      window.clearTimeout(pending);
      pending = undefined;
      close();
    };
    const onDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || pending !== undefined) return;
      event.preventDefault();
      pending = window.setTimeout(finish, 250);
    };
    const onUp = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && pending !== undefined) finish();
    };
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    return () => {
      window.clearTimeout(pending);
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
    };
  }, [close]);

  useEffect(() => {
    if (!firstReady) return;
    const focusFirst = (): void => {
      if (!document.hasFocus() || draftsRef.current?.contains(document.activeElement)) return;
      if (document.activeElement && document.activeElement !== document.body) return; // the manager's choice
      draftsRef.current?.querySelector<HTMLElement>('[data-draft="0"]')?.focus();
    };
    focusFirst();
    window.addEventListener('focus', focusFirst, { once: true });
    return () => window.removeEventListener('focus', focusFirst);
  }, [firstReady]);

  const focusDraft = (index: number): void => {
    draftsRef.current?.querySelector<HTMLElement>(`[data-draft="${index}"]`)?.focus();
    setSelected(index);
  };
  const onDraftsKey = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (target.closest('textarea, input, select, button')) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusDraft((selected + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      if (!canInsert(selected)) return;
      event.preventDefault();
      draftsRef.current
        ?.querySelector<HTMLButtonElement>(`[data-draft="${selected}"] button.primary`)
        ?.click();
    }
  };
  return { draftsRef, selected, setSelected, onDraftsKey };
}
