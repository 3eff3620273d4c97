import { insertIntoEditor, insertionResult } from '@/utils/editor/insert';
import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { reportComposerFocus } from '@/utils/messaging/content-side';
import type { InsertResult } from '@/utils/messaging/schemas';
import { cleanOutgoingText } from '@/utils/text/clean';

/** How recent a gesture of the manager's must be for the focus that follows it to count as theirs. */
const GESTURE_MS = 1500;

/** A box the manager can see: laid out, not hidden, not transparent, not a speck. */
export function canBeSeen(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const visible =
    typeof el.checkVisibility === 'function'
      ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      : el.getClientRects().length > 0;
  const box = el.getBoundingClientRect();
  return visible && box.width >= 4 && box.height >= 4;
}

/**
 * The reply or post box the manager focused last on this page: where the side panel's "Send to
 * composer" puts its text. Reported to the background once per newly focused box.
 *
 * Focus events are trusted even when a page script calls `focus()`, so a focus counts only when the
 * manager's own pointer or key (trusted events) came just before it (the platforms focus a box in answer
 * to a click on Reply), or when they type in it; and only a box the manager can see. The page cannot
 * steer "Send to composer" into a hidden box, or into one the manager never went to.
 */
export class FocusedComposer {
  private editor: HTMLElement | null = null;
  private gestureAt = -Infinity;

  /** The box focused last, if it is still in the page. */
  get current(): HTMLElement | null {
    return this.editor?.isConnected ? this.editor : null;
  }

  /** Every pointer press and key press of the page's, seen first (capture); only trusted ones count. */
  noteGesture(event: PointerEvent | KeyboardEvent): void {
    if (event.isTrusted) this.gestureAt = performance.now();
  }

  /** A recognised box got the focus: kept only if it follows a gesture of the manager's and can be seen. */
  noteFocus(editor: HTMLElement): void {
    if (performance.now() - this.gestureAt > GESTURE_MS || !canBeSeen(editor)) return;
    this.remember(editor);
  }

  /** The manager pressed or typed in a recognised box (a trusted event): that box is theirs. */
  noteChosen(editor: HTMLElement, event: Event): void {
    if (event.isTrusted && canBeSeen(editor)) this.remember(editor);
  }

  /** The box the manager invoked the extension in (the keyboard command, the context menu). */
  adopt(editor: HTMLElement): void {
    if (canBeSeen(editor)) this.remember(editor);
  }

  private remember(editor: HTMLElement): void {
    if (editor === this.editor) return;
    this.editor = editor;
    void reportComposerFocus().catch(() => undefined);
  }

  async insert(text: string): Promise<InsertResult> {
    const editor = this.current;
    if (!editor || !canBeSeen(editor))
      return {
        ok: false,
        error: userError('no-composer', t('errors.noBox.title'), t('errors.noBox.detailPage')),
      };
    // The manager's caret in that box is kept (selections outlive focus); else the text goes at the end.
    return insertionResult(await insertIntoEditor(editor, cleanOutgoingText(text)), 'text');
  }
}
