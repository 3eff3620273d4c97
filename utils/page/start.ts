import { browser } from 'wxt/browser';
import { answerBackground } from '@/utils/messaging/content-side';
import { observeElements } from './observe';
import { adapterForEditor, type PlatformAdapter } from '@/utils/platforms';
import { ComposerRegistry } from './composers';
import { controlWords } from './control';
import { loadPageLanguage } from './language';
import { FocusedComposer } from './focused';
import { PageStatus } from './page-status';
import type { PageRunHandle } from './instance';
import { PanelController } from './panel-controller';

export interface PageRun extends PageRunHandle {
  /** Set in the playground: the background broadcasts to extension pages, so it answers for its tab only. */
  ownTabId?: number;
}

/**
 * Everything the extension does in a page with reply boxes: one control per composer, the panel beside
 * it, and insertion. Runs in the content script on LinkedIn and X, and in the extension's own playground.
 */
export function startComposerPage(doc: Document, adapters: readonly PlatformAdapter[], run: PageRun): void {
  // After an update without re-injection, this run is orphaned: its controls say to reload the tab.
  const extensionGone = (): boolean => !browser.runtime?.id;
  const panel = new PanelController(extensionGone);
  const registry = new ComposerRegistry(adapters, {
    suggest: (snapshot) => void panel.show(snapshot),
    intent: () => panel.warm(),
  });
  const status = new PageStatus(() => registry.size);
  const focused = new FocusedComposer();
  const selector = adapters.map((a) => a.editorSelector).join(', ');
  const alive = (): boolean => {
    if (!extensionGone()) return true;
    registry.markOrphaned();
    run.abort('extension updated');
    return false;
  };
  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
  ): void => doc.addEventListener(type, handler, { capture: true, signal: run.signal });

  observeElements(doc, selector, {
    onMatch: (el) => alive() && registry.consider(el),
    onRemoval: () => {
      if (!alive()) return;
      registry.sweep();
      panel.afterRemoval();
    },
    signal: run.signal,
  });
  // A composer the observer could not see coming (made editable late, or re-parented) is caught on focus.
  listen('focusin', (event) => {
    const target = event.target as Element | null;
    if (!target?.matches || !alive()) return;
    const editorLike = target.matches(selector);
    const matched = editorLike && adapterForEditor(adapters, target) !== undefined;
    // Mount after the page's own focus handling, not inside it: the page measures its layout right after
    // focusing a box, and a control added in between made it lay out twice (npm run bench, 2026-11).
    if (matched) {
      queueMicrotask(() => registry.consider(target));
      // In a reply box, a click on "Suggest reply" may come next: get a panel ready when the page is idle.
      requestIdleCallback(() => panel.warm(), { timeout: 500 });
    }
    if (editorLike) focused.noteFocus(target as HTMLElement); // reply and post boxes alike
    status.onFocus(target, matched);
  });
  // The manager's own presses and keys: a box focused right after one is theirs (see focused.ts).
  const chosen = (event: Event): void => {
    const editor = (event.target as Element | null)?.closest?.(selector);
    if (editor instanceof HTMLElement) focused.noteChosen(editor, event);
  };
  listen('pointerdown', (event) => {
    focused.noteGesture(event);
    chosen(event);
  });
  listen('beforeinput', chosen);
  // Escape in the composer closes our panel first; a second Escape reaches the page. (The manager's
  // Escape only: a page script's synthetic one closes nothing.)
  listen('keydown', (event) => {
    focused.noteGesture(event);
    if (event.key !== 'Escape' || !event.isTrusted || !panel.escapeFrom(event.target as Node)) return;
    event.stopPropagation();
    event.preventDefault();
  });

  // The control's words, read now while the extension is surely there; then the chosen language's.
  controlWords();
  if (!run.ownTabId)
    void loadPageLanguage().then((changed) => {
      if (!changed) return;
      controlWords(true);
      registry.relabel();
    });

  answerBackground(
    {
      'composer.insert': ({ sessionId, text }) => panel.insert(sessionId, text),
      'composer.insertFocused': ({ text }) => focused.insert(text),
      'composer.suggestFocused': () => {
        const composer = registry.find(doc.activeElement) ?? registry.find(focused.current);
        if (composer) registry.suggest(composer);
        return { opened: Boolean(composer) };
      },
      'composer.closePanel': ({ sessionId }) => panel.closeSession(sessionId),
    },
    run.ownTabId,
  );
  status.report();

  run.onEnd(() => {
    panel.destroy();
    if (!extensionGone()) registry.destroy(); // a newer run took over; an orphaned one keeps its hints
  });
}
