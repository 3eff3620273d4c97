import type { ControlAnchor, PlatformAdapter } from '@/utils/platforms/types';
import { readGenericContext } from './reader';

/** Any editable field: a text area, a text input, or an editing host (contenteditable). */
export const EDITABLE =
  'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * The generic mode's adapter: any reply box on any site, reached on demand (the keyboard command or the
 * context menu), never by watching the page. It has no selectors of its own: the box is the field the
 * manager is in, and the thread is read by the generic reader. Dedicated adapters (LinkedIn, X) come
 * first wherever they match.
 */
export const genericAdapter: PlatformAdapter = {
  surface: 'generic',
  platform: 'web',
  hosts: [],
  editorSelector: EDITABLE,
  isReplyComposer: () => true,
  controlAnchor: (editor): ControlAnchor => ({
    parent: editor.parentElement ?? editor,
    before: editor.nextSibling,
  }),
  composerArea(editor) {
    // The field with its own buttons: the nearest form, or the field's container.
    return editor.closest('form') ?? editor.parentElement ?? editor;
  },
  readContext: (editor) => readGenericContext(editor),
  selectors: {},
};
