import type { EditableElement, EditorKind } from './detect';

/**
 * Ways to put text into an editor so that the editor's own model takes it (not just the DOM).
 * Each is a plain input event or editing command the editors already handle; none clicks, presses
 * Enter or submits anything.
 */
export type StrategyName = 'paste' | 'insertText' | 'insertLines' | 'setRangeText';
type Strategy = (el: EditableElement, text: string) => void;

/** A synthetic paste: the editors' paste handlers turn text/plain into their own paragraphs. */
const paste: Strategy = (el, text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }),
  );
};

/** The browser's own typing command: fires beforeinput/input and joins the native undo stack. */
const insertText: Strategy = (el, text) => {
  el.ownerDocument.execCommand('insertText', false, text);
};

/**
 * The typing command line by line, with a new paragraph between lines (the browser's own command, as
 * Enter would make in the editor, but no key: nothing can submit). Quill 1 keeps paragraphs this way in
 * every browser; one insertText with line breaks puts <br>s in one paragraph in Firefox, which Quill drops.
 */
const insertLines: Strategy = (el, text) => {
  const doc = el.ownerDocument;
  text.split('\n').forEach((line, i) => {
    if (i > 0) doc.execCommand('insertParagraph', false);
    if (line) doc.execCommand('insertText', false, line);
  });
};

/** For text fields whose page blocks execCommand: edit the value, then tell the framework with `input`. */
const setRangeText: Strategy = (el, text) => {
  if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return;
  el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
};

export const STRATEGIES: Record<StrategyName, Strategy> = { paste, insertText, insertLines, setRangeText };

/**
 * The order to try, per editor, from measurements on the real libraries (README → Architecture, “Insertion”):
 * Draft.js loses text across blank lines with insertText, and X keeps Post disabled; Quill 1 ignores a
 * synthetic paste and takes paragraphs line by line; Lexical and ProseMirror take both, paste keeping
 * paragraphs best.
 */
export const STRATEGY_ORDER: Record<EditorKind, StrategyName[]> = {
  draft: ['paste', 'insertText'],
  quill: ['insertLines', 'paste'],
  prosemirror: ['paste', 'insertText'],
  lexical: ['paste', 'insertText'],
  textarea: ['insertText', 'setRangeText'],
  contenteditable: ['insertText', 'paste'],
};
