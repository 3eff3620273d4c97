import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { insertIntoEditor } from '@/utils/editor/insert';
import { answerBackground, closePanelSession, openPanelSession } from '@/utils/content-messaging';
import { userError } from '@/utils/errors';
import type { InsertResult } from '@/utils/messaging';
import { adaptersForHost } from '@/utils/platforms';
import { observeElements } from '@/utils/observe';
import { ComposerRegistry, composerRect, type Snapshot } from './composers';
import { PanelFrame } from './panel-frame';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const adapters = adaptersForHost(location.hostname);
    if (adapters.length === 0) return;

    let panel: { frame: PanelFrame; snapshot: Snapshot } | undefined;

    const closePanel = (refocus: boolean): void => {
      if (!panel) return;
      const { frame, snapshot } = panel;
      panel = undefined;
      frame.close();
      snapshot.composer.control.setExpanded(false);
      if (refocus && snapshot.composer.editor.isConnected)
        snapshot.composer.editor.focus({ preventScroll: true });
    };

    const openPanel = async (snapshot: Snapshot): Promise<void> => {
      const { composer } = snapshot;
      if (panel?.snapshot.composer === composer) return panel.frame.focus();
      closePanel(false);
      try {
        const context = composer.adapter.readContext(composer.editor);
        const sessionId = await openPanelSession(context);
        const frame = new PanelFrame(sessionId, () => composerRect(composer));
        panel = { frame, snapshot };
        composer.control.setExpanded(true);
        composer.control.setProblem(null);
      } catch (error) {
        composer.control.setProblem(
          ctx.isInvalid || !browser.runtime?.id
            ? 'the extension was updated; reload this tab'
            : error instanceof Error
              ? error.message
              : 'could not open',
        );
      }
    };

    const registry = new ComposerRegistry(adapters, (snapshot) => void openPanel(snapshot));
    const selector = adapters.map((a) => a.editorSelector).join(', ');

    observeElements(document, selector, {
      onMatch: (el) => registry.consider(el),
      onRemoval: () => {
        registry.sweep();
        if (panel && !panel.snapshot.composer.editor.isConnected) closePanel(false);
      },
      signal: ctx.signal,
    });
    // A composer the observer could not see coming (made editable late, or re-parented) is caught on focus.
    ctx.addEventListener(
      document,
      'focusin',
      (event: FocusEvent) => {
        const target = event.target as Element | null;
        if (target?.matches?.(selector)) registry.consider(target);
      },
      { capture: true },
    );
    // Escape in the composer closes our panel first; a second Escape reaches the page.
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        if (
          event.key !== 'Escape' ||
          !panel ||
          !panel.snapshot.composer.editor.contains(event.target as Node)
        )
          return;
        event.stopPropagation();
        event.preventDefault();
        void closePanelSession(panel.frame.sessionId).catch(() => closePanel(true));
      },
      { capture: true },
    );

    answerBackground({
      async 'composer.insert'({ sessionId, text }): Promise<InsertResult> {
        if (!panel || panel.frame.sessionId !== sessionId || !panel.snapshot.composer.editor.isConnected)
          return {
            ok: false,
            error: userError(
              'no-composer',
              'The reply box is no longer there',
              'It was closed or the page changed. The draft was copied: click “Suggest reply” on the box again, or paste it.',
            ),
          };
        const { composer, savedRange } = panel.snapshot;
        const outcome = await insertIntoEditor(composer.editor, text, { savedRange });
        if (outcome.ok) return { ok: true, method: `${outcome.kind}:${outcome.method}` };
        return {
          ok: false,
          error: userError(
            'insert-failed',
            outcome.reason === 'partial'
              ? 'The box took only part of the draft'
              : 'The box did not accept the draft',
            outcome.reason === 'partial'
              ? 'Check the box before posting. The full draft was copied: you can paste it instead.'
              : 'The draft was copied: click in the box and paste it (Ctrl+V or ⌘V).',
          ),
        };
      },
      'composer.closePanel'({ sessionId }) {
        const open = panel?.frame.sessionId === sessionId;
        if (open) closePanel(true);
        return { closed: open };
      },
    });

    ctx.onInvalidated(() => {
      closePanel(false);
      registry.destroy();
    });
  },
});
