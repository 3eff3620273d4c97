import { startPageCore, type PageRun } from '@/utils/page/core';
import { genericComposer } from '@/utils/page/composers';
import { editableRoot } from '@/utils/editor/detect';
import { EDITABLE, genericAdapter } from './adapter';

/**
 * The generic mode in a page of any site, injected on demand (the keyboard command or the context
 * menu): nothing watches the page. The background then asks it to suggest for the box the manager is
 * in; "Send to composer" works for the boxes the manager chooses afterwards.
 */
export function startGenericPage(doc: Document, run: PageRun): void {
  const { focused, listen } = startPageCore(doc, run, {
    boxSelector: EDITABLE,
    composerFor: (node) => {
      const editable = node ? editableRoot(node) : null;
      return editable ? genericComposer(editable, genericAdapter) : undefined;
    },
  });
  listen('focusin', (event) => {
    const editable = event.target instanceof Element ? editableRoot(event.target) : null;
    if (editable) focused.noteFocus(editable);
  });
  // The box the manager was in when they asked counts as chosen: the command came from them.
  const editable = doc.activeElement ? editableRoot(doc.activeElement) : null;
  if (editable) focused.adopt(editable);
}
