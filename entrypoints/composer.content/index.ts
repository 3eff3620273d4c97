import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerBackground } from '@/utils/content-messaging';
import { observeElements } from '@/utils/observe';
import { adapterForEditor, adaptersForHost } from '@/utils/platforms';
import { PAGE_MATCHES } from '@/utils/platforms/matches';
import { ComposerRegistry } from './composers';
import { FocusedComposer } from './focused';
import { removeEarlierRuns } from './instance';
import { PageStatus } from './page-status';
import { PanelController } from './panel-controller';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapters = adaptersForHost(location.hostname);
    if (adapters.length === 0) return;
    removeEarlierRuns(document); // after an update, the previous run's controls go

    // After an update without re-injection, this run is orphaned: its controls say to reload the tab.
    const extensionGone = (): boolean => !browser.runtime?.id;
    const panel = new PanelController(extensionGone);
    const registry = new ComposerRegistry(adapters, (snapshot) => void panel.show(snapshot));
    const status = new PageStatus(() => registry.size);
    const focused = new FocusedComposer();
    const selector = adapters.map((a) => a.editorSelector).join(', ');
    const alive = (): boolean => {
      if (!extensionGone()) return true;
      registry.markOrphaned();
      ctx.abort('extension updated');
      return false;
    };

    observeElements(document, selector, {
      onMatch: (el) => alive() && registry.consider(el),
      onRemoval: () => {
        if (!alive()) return;
        registry.sweep();
        panel.closeIfOrphaned();
      },
      signal: ctx.signal,
    });
    // A composer the observer could not see coming (made editable late, or re-parented) is caught on focus.
    ctx.addEventListener(
      document,
      'focusin',
      (event: FocusEvent) => {
        const target = event.target as Element | null;
        if (!target?.matches || !alive()) return;
        const editorLike = target.matches(selector);
        const matched = editorLike && adapterForEditor(adapters, target) !== undefined;
        if (matched) registry.consider(target);
        if (editorLike) focused.noteFocus(target as HTMLElement); // reply and post boxes alike
        status.onFocus(target, matched);
      },
      { capture: true },
    );
    // Escape in the composer closes our panel first; a second Escape reaches the page.
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !panel.escapeFrom(event.target as Node)) return;
        event.stopPropagation();
        event.preventDefault();
      },
      { capture: true },
    );

    answerBackground({
      'composer.insert': ({ sessionId, text }) => panel.insert(sessionId, text),
      'composer.insertFocused': ({ text }) => focused.insert(text),
      'composer.closePanel': ({ sessionId }) => panel.closeSession(sessionId),
    });
    status.report();

    ctx.onInvalidated(() => {
      panel.close(false);
      if (!extensionGone()) registry.destroy(); // a newer run took over; an orphaned one keeps its hints
    });
  },
});
