import { insertIntoEditor, insertionResult } from '@/utils/editor/insert';
import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { reportComposerFocus } from '@/utils/messaging/content-side';
import type { InsertResult } from '@/utils/messaging/schemas';
import { cleanOutgoingText } from '@/utils/text/clean';

/** How recent a gesture of the manager's must be for the focus that follows it to count as theirs. */
const GESTURE_MS = 1500;

/**
 * The reply or post box the manager focused last on this page: where the side panel's "Send to
 * composer" puts its text. Reported to the background once per newly focused box.
 *
 * Focus events are trusted even when a page script calls `focus()`, so a focus counts only when the
 * manager's own pointer or key (trusted events) came just before it, or when they type in the box: the
 * page cannot steer "Send to composer" into a box the manager never chose.
 */
export class FocusedComposer {
  private editor: HTMLElement | null = null;
  private gesture: { target: Node | null; key: boolean; at: number } | undefined;

  /** The box focused last, if it is still in the page. */
  get current(): HTMLElement | null {
    return this.editor?.isConnected ? this.editor : null;
  }

  /** Every pointer press and key press of the page's, seen first (capture); only trusted ones count. */
  noteGesture(event: PointerEvent | KeyboardEvent): void {
    if (!event.isTrusted) return;
    const key = event.type.startsWith('key');
    this.gesture = { target: key ? null : (event.target as Node | null), key, at: performance.now() };
  }

  /**
   * A recognised box got the focus: kept only if the manager's own gesture put it there, a press inside
   * the box, or a key (Tab, or a shortcut the page answers by focusing a box).
   */
  noteFocus(editor: HTMLElement): void {
    const gesture = this.gesture;
    if (!gesture || performance.now() - gesture.at > GESTURE_MS) return;
    if (!gesture.key && !(gesture.target && editor.contains(gesture.target))) return;
    this.remember(editor);
  }

  /** The manager typed in a recognised box (a trusted input event): that box is theirs. */
  noteInput(editor: HTMLElement, event: Event): void {
    if (event.isTrusted) this.remember(editor);
  }

  private remember(editor: HTMLElement): void {
    if (editor === this.editor) return;
    this.editor = editor;
    void reportComposerFocus().catch(() => undefined);
  }

  async insert(text: string): Promise<InsertResult> {
    const editor = this.current;
    if (!editor)
      return {
        ok: false,
        error: userError('no-composer', t('errors.noBox.title'), t('errors.noBox.detailPage')),
      };
    // The manager's caret in that box is kept (selections outlive focus); else the text goes at the end.
    return insertionResult(await insertIntoEditor(editor, cleanOutgoingText(text)), 'text');
  }
}
