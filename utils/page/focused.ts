import { reportComposerFocus } from '@/utils/messaging/content-side';
import { insertIntoEditor } from '@/utils/editor/insert';
import { userError } from '@/utils/errors';
import type { InsertResult } from '@/utils/messaging/schemas';
import { t } from '@/utils/i18n/i18n';

/**
 * The reply or post box the manager focused last on this page: where the side panel's "Send to
 * composer" puts its text. Reported to the background once per newly focused box.
 */
export class FocusedComposer {
  private editor: HTMLElement | null = null;

  /** The box focused last, if it is still in the page. */
  get current(): HTMLElement | null {
    return this.editor?.isConnected ? this.editor : null;
  }

  noteFocus(editor: HTMLElement): void {
    if (editor === this.editor) return;
    this.editor = editor;
    void reportComposerFocus().catch(() => undefined);
  }

  async insert(text: string): Promise<InsertResult> {
    const editor = this.editor;
    if (!editor?.isConnected)
      return {
        ok: false,
        error: userError('no-composer', t('errors.noBox.title'), t('errors.noBox.detailPage')),
      };
    // The manager's caret in that box is kept (selections outlive focus); else the text goes at the end.
    const outcome = await insertIntoEditor(editor, text);
    if (outcome.ok) return { ok: true, method: `${outcome.kind}:${outcome.method}` };
    return {
      ok: false,
      error: userError(
        'insert-failed',
        outcome.reason === 'partial' ? t('errors.partialText.title') : t('errors.refusedText.title'),
        t('errors.refusedText.detail'),
      ),
    };
  }
}
