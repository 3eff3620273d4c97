import { insertIntoEditor, insertionResult } from '@/utils/editor/insert';
import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { openPanelSession, sendFromContent } from '@/utils/messaging/content-side';
import type { InsertResult } from '@/utils/messaging/schemas';
import { authorOf, pageSelection } from '@/utils/generic/reader';
import { cleanOutgoingText, cleanPageText } from '@/utils/text/clean';
import type { ThreadContext } from '@/utils/thread/context';
import { LIMITS } from '@/utils/thread/limits';
import { composerRect, type Snapshot } from './composers';
import { controlWords } from './control';
import { PanelFrame } from './panel-frame';

/**
 * The one open panel of the page, and what the background asks of it: insert a draft, close. One panel
 * per composer and one run per request: a click while a panel is opening does nothing, and every panel
 * that opens is the one `open` holds, so it can always be closed.
 */
export class PanelController {
  private open: { frame: PanelFrame; snapshot: Snapshot } | undefined;
  private opening = false;
  /** A panel page loaded ahead of time, hidden, for the next click. */
  private spare: PanelFrame | undefined;

  constructor(private readonly extensionGone: () => boolean) {}

  /** The manager is heading for a reply box: have a panel page ready, so a click shows it at once. */
  warm(): void {
    if (this.spare?.host.isConnected || this.open || this.opening || this.extensionGone()) return;
    this.spare = new PanelFrame();
  }

  async show(snapshot: Snapshot): Promise<void> {
    const { composer } = snapshot;
    if (this.opening) return; // a second click while the first is opening
    if (this.open?.snapshot.composer === composer) return this.open.frame.focus();
    this.opening = true;
    this.close(false);
    // The frame loads while the background starts the session (if it was not made ahead of time).
    const frame = this.spare?.host.isConnected ? this.spare : new PanelFrame(); // the page may drop it
    if (this.spare && this.spare !== frame) this.spare.close();
    this.spare = undefined;
    try {
      const context = composer.adapter.readContext(composer.editor);
      const commentId = context.commentId ?? snapshot.commentId;
      const sessionId = await openPanelSession(commentId ? { ...context, commentId } : context, frame.token);
      frame.show(sessionId, () => composerRect(composer), [composer.adapter.composerArea(composer.editor)]);
      this.open = { frame, snapshot };
      composer.control?.setExpanded(true);
      composer.control?.setProblem(null);
    } catch (error) {
      frame.close();
      const gone = this.extensionGone();
      composer.control?.setProblem(
        gone ? controlWords().updated : error instanceof Error ? error.message : t('page.couldNotOpen'),
        gone,
      );
    } finally {
      this.opening = false;
    }
  }

  /** The run ends (navigation away, a newer version took over): nothing stays in the page. */
  destroy(): void {
    this.close(false);
    this.spare?.close();
    this.spare = undefined;
  }

  close(refocus: boolean): void {
    if (!this.open) return;
    const { frame, snapshot } = this.open;
    this.open = undefined;
    frame.close();
    snapshot.composer.control?.setExpanded(false);
    if (refocus && snapshot.composer.editor.isConnected)
      snapshot.composer.editor.focus({ preventScroll: true });
  }

  /** Escape in the composer closes the panel at once; the background then ends its run. */
  escapeFrom(target: Node): boolean {
    if (!this.open || !this.open.snapshot.composer.editor.contains(target)) return false;
    const { sessionId } = this.open.frame;
    this.close(true);
    void sendFromContent('panel.close', { sessionId }).catch(() => undefined);
    return true;
  }

  /** After nodes left the page: the panel of a composer that went away goes too; one the page removed comes back. */
  afterRemoval(): void {
    if (!this.open) return;
    if (!this.open.snapshot.composer.editor.isConnected) this.close(false);
    else this.open.frame.restore();
  }

  closeSession(sessionId: string): { closed: boolean } {
    const matches = this.open?.frame.sessionId === sessionId;
    if (matches) this.close(true);
    return { closed: matches };
  }

  /**
   * "Use my selection instead": the thread as before, with the text the manager selected on the page as
   * the text being answered. Undefined when nothing is selected there.
   */
  readSelection(sessionId: string): { context?: ThreadContext } {
    if (!this.open || this.open.frame.sessionId !== sessionId) return {};
    const { composer } = this.open.snapshot;
    const selection = pageSelection(composer.editor.ownerDocument, composer.editor);
    if (!selection) return {};
    const context = composer.adapter.readContext(composer.editor);
    const block = selection.node?.closest('article, [role="article"], li') ?? undefined;
    const author = block ? cleanPageText(authorOf(block), LIMITS.author) : '';
    return {
      context: {
        ...context,
        comment: { author, text: cleanPageText(selection.text, LIMITS.comment) },
        answeredFrom: 'selection',
      },
    };
  }

  async insert(sessionId: string, text: string): Promise<InsertResult> {
    if (
      !this.open ||
      this.open.frame.sessionId !== sessionId ||
      !this.open.snapshot.composer.editor.isConnected
    )
      return {
        ok: false,
        error: userError(
          'no-composer',
          t('errors.replyBoxGone.title'),
          t('errors.replyBoxGone.detailCopied'),
        ),
      };
    const { composer, savedRange } = this.open.snapshot;
    return insertionResult(
      await insertIntoEditor(composer.editor, cleanOutgoingText(text), { savedRange }),
      'draft',
    );
  }
}
