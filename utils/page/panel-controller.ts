import { openPanelSession, sendFromContent } from '@/utils/messaging/content-side';
import { insertIntoEditor } from '@/utils/editor/insert';
import { userError } from '@/utils/errors';
import type { InsertResult } from '@/utils/messaging/schemas';
import { composerRect, type Snapshot } from './composers';
import { controlWords } from './control';
import { PanelFrame } from './panel-frame';
import { t } from '@/utils/i18n/i18n';

/** The one open panel of the page, and what the background asks of it: insert a draft, close. */
export class PanelController {
  private open: { frame: PanelFrame; snapshot: Snapshot } | undefined;
  /** A panel page loaded ahead of time, hidden, for the next click. */
  private spare: PanelFrame | undefined;

  constructor(private readonly extensionGone: () => boolean) {}

  /** The manager is heading for a reply box: have a panel page ready, so a click shows it at once. */
  warm(): void {
    if (this.spare?.host.isConnected || this.open || this.extensionGone()) return;
    this.spare = new PanelFrame();
  }

  async show(snapshot: Snapshot): Promise<void> {
    const { composer } = snapshot;
    if (this.open?.snapshot.composer === composer) return this.open.frame.focus();
    this.close(false);
    // The frame loads while the background starts the session (if it was not made ahead of time).
    const frame = this.spare?.host.isConnected ? this.spare : new PanelFrame(); // the page may drop it
    if (this.spare && this.spare !== frame) this.spare.close();
    this.spare = undefined;
    try {
      const sessionId = await openPanelSession(composer.adapter.readContext(composer.editor));
      frame.show(sessionId, () => composerRect(composer));
      this.open = { frame, snapshot };
      composer.control.setExpanded(true);
      composer.control.setProblem(null);
    } catch (error) {
      frame.close();
      const gone = this.extensionGone();
      composer.control.setProblem(
        gone ? controlWords().updated : error instanceof Error ? error.message : t('page.couldNotOpen'),
        gone,
      );
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
    snapshot.composer.control.setExpanded(false);
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

  /** The composer went away (closed dialog, navigation): so does its panel. */
  closeIfOrphaned(): void {
    if (this.open && !this.open.snapshot.composer.editor.isConnected) this.close(false);
  }

  closeSession(sessionId: string): { closed: boolean } {
    const matches = this.open?.frame.sessionId === sessionId;
    if (matches) this.close(true);
    return { closed: matches };
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
    const outcome = await insertIntoEditor(composer.editor, text, { savedRange });
    if (outcome.ok) return { ok: true, method: `${outcome.kind}:${outcome.method}` };
    const partial = outcome.reason === 'partial';
    return {
      ok: false,
      error: userError(
        'insert-failed',
        partial ? t('errors.partialDraft.title') : t('errors.refusedDraft.title'),
        partial ? t('errors.partialDraft.detail') : t('errors.refusedDraft.detail'),
      ),
    };
  }
}
