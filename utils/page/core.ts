import { browser } from 'wxt/browser';
import { saveSelection } from '@/utils/editor/caret';
import { answerBackground, type ContentHandlers } from '@/utils/messaging/content-side';
import type { Composer } from './composers';
import { controlWords } from './control';
import { FocusedComposer } from './focused';
import type { PageRunHandle } from './instance';
import { loadPageLanguage } from './language';
import { PanelController } from './panel-controller';

export interface PageRun extends PageRunHandle {
  /** Set in the playground: the background broadcasts to extension pages, so it answers for its tab only. */
  ownTabId?: number;
}

export interface CoreOptions {
  /** The boxes "Send to composer" may write into (what the page's own editors match). */
  boxSelector: string;
  /** The composer for a box the manager is in (the keyboard command, the context menu), if any. */
  composerFor: (node: Element | null) => Composer | undefined;
  /** More answers to the background (the dedicated pages' health report). */
  handlers?: Partial<ContentHandlers>;
  /** The interface's language arrived after the page's first words: say them again. */
  relabel?: () => void;
}

/**
 * What every page the extension works in shares, the dedicated sites and the generic mode alike: the
 * panel and its insertion, the box the manager last chose (for "Send to composer"), their gestures
 * (only trusted ones count), Escape, the interface's language, and the answers to the background.
 */
export function startPageCore(doc: Document, run: PageRun, options: CoreOptions) {
  // After an update without re-injection, this run is orphaned: its controls say to reload the tab.
  const extensionGone = (): boolean => !browser.runtime?.id;
  const panel = new PanelController(extensionGone);
  const focused = new FocusedComposer();
  const { boxSelector } = options;
  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
  ): void => doc.addEventListener(type, handler, { capture: true, signal: run.signal });

  // The manager's own presses and keys: a box focused right after one is theirs (see focused.ts).
  const chosen = (event: Event): void => {
    const editor = (event.target as Element | null)?.closest?.(boxSelector);
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
      options.relabel?.();
    });

  /** Suggestions for the box the manager is in (or was in last): the keyboard command, the context menu. */
  const suggestHere = (): { opened: boolean } => {
    const composer = options.composerFor(doc.activeElement) ?? options.composerFor(focused.current);
    if (composer) void panel.show({ composer, savedRange: saveSelection(composer.editor) });
    return { opened: Boolean(composer) };
  };

  answerBackground(
    {
      'composer.insert': ({ sessionId, text }) => panel.insert(sessionId, text),
      'composer.insertFocused': ({ text }) => focused.insert(text),
      'composer.suggestFocused': suggestHere,
      'composer.closePanel': ({ sessionId }) => panel.closeSession(sessionId),
      'composer.readSelection': ({ sessionId }) => panel.readSelection(sessionId),
      'composer.health': () => ({ surfaces: [] }),
      'thread.read': () => ({ thread: null }),
      'voice.read': () => ({ read: null }),
      'thread.show': () => ({ found: false }),
      ...options.handlers,
    },
    run.ownTabId,
  );

  run.onEnd(() => panel.destroy());
  return { panel, focused, listen, extensionGone, suggestHere };
}
