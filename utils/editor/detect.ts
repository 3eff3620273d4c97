/** The editor libraries the insertion module knows, detected from the DOM they render. */
export type EditorKind = 'draft' | 'quill' | 'prosemirror' | 'lexical' | 'textarea' | 'contenteditable';

export type EditableElement = HTMLElement;

export function detectEditorKind(el: EditableElement): EditorKind {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'textarea';
  if (el.classList.contains('public-DraftEditor-content') || el.querySelector('[data-contents="true"]'))
    return 'draft';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  return 'contenteditable';
}

/** The editable root holding `el`: the element itself for a text field, else the outermost contenteditable. */
export function editableRoot(el: Element): EditableElement | null {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el;
  let root: HTMLElement | null = el instanceof HTMLElement && el.isContentEditable ? el : null;
  for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) root = p;
  return root;
}
