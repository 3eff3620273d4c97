import { editableRoot } from '@/utils/editor/detect';
import { genericAdapter } from '@/utils/generic/adapter';
import { adapterForEditor, type PlatformAdapter } from '@/utils/platforms';
import { ComposerRegistry, genericComposer } from './composers';
import { startPageCore, type PageRun } from './core';
import { selectorHealth } from './health';
import { observeElements } from './observe';
import { PageStatus } from './page-status';
import { readsThreads } from '@/utils/platforms/threads';
import { readVoicePosts } from '@/utils/platforms/voice-posts';
import { ThreadReview } from './thread-review';

export type { PageRun } from './core';

/**
 * Everything the extension does in a page with reply boxes it knows: one control per composer, the
 * panel beside it, and insertion. Runs in the content script on LinkedIn and X, and in the extension's
 * own playground. A box the adapters do not recognise still gets suggestions from the keyboard command
 * or the context menu, through the generic reader.
 */
export function startComposerPage(doc: Document, adapters: readonly PlatformAdapter[], run: PageRun): void {
  const selector = adapters.map((a) => a.editorSelector).join(', ');
  // The registry needs the panel, and the keyboard command needs the registry: made in that order.
  const made: { registry?: ComposerRegistry; review?: ThreadReview } = {};
  const { panel, focused, listen, extensionGone } = startPageCore(doc, run, {
    boxSelector: selector,
    composerFor: (node) => {
      const known = made.registry?.find(node);
      if (known) return known;
      const editable = node ? editableRoot(node) : null;
      return editable ? genericComposer(editable, genericAdapter) : undefined;
    },
    handlers: {
      'composer.health': () => selectorHealth(doc, adapters),
      'thread.read': () => made.review?.read() ?? { thread: null },
      'thread.show': ({ id }) => made.review?.show(id) ?? { found: false },
      'voice.read': () => ({ read: run.ownTabId ? null : readVoicePosts(doc, adapters) }),
    },
    relabel: () => made.registry?.relabel(),
  });
  const registry = new ComposerRegistry(adapters, {
    suggest: (snapshot) => void panel.show(snapshot),
    intent: () => panel.warm(),
    appeared: (composer) => {
      made.review?.composerAppeared(composer);
      // A reply box is on the page: have a panel ready, hidden, once the page is idle (the first click
      // then shows it at once instead of loading it; npm run bench, "first click on a fresh page").
      requestIdleCallback(() => panel.warm(), { timeout: 2000 });
    },
  });
  made.registry = registry;
  // The comment queue's button and step-through, on post pages of the sites that read threads.
  if (readsThreads(adapters) && !run.ownTabId) {
    const review = new ThreadReview(
      doc,
      adapters,
      (composer, commentId) => void panel.show({ composer, savedRange: null, commentId }),
    );
    made.review = review;
    listen('click', (event) => review.noteClick(event));
    run.onEnd(() => review.destroy());
  }
  const status = new PageStatus(() => registry.size);
  const alive = (): boolean => {
    if (!extensionGone()) return true;
    registry.markOrphaned();
    run.abort('extension updated');
    return false;
  };

  observeElements(doc, selector, {
    onMatch: (el) => alive() && registry.consider(el),
    onRemoval: () => {
      if (!alive()) return;
      registry.sweep();
      panel.afterRemoval();
    },
    onBatch: () => made.review?.refresh(),
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
  status.report();

  run.onEnd(() => {
    if (!extensionGone()) registry.destroy(); // a newer run took over; an orphaned one keeps its hints
  });
}
