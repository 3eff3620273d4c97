import type { EditableElement } from './detect';

/** A position in the DOM, as a Range would hold one end. */
interface Position {
  node: Node;
  offset: number;
}

/** Text nodes inside an embed (a mention, a link card) are not places to type. */
const insideEmbed = (node: Node, root: Element): boolean => {
  const holder = node.parentElement?.closest('[contenteditable="false"]');
  return Boolean(holder && root.contains(holder));
};

/** The end of the editor's last editable line: after its last text, or before its trailing <br>. */
export function endPosition(root: EditableElement): Position {
  let node: Node = root;
  for (;;) {
    const child = node.lastChild;
    if (!child) break;
    if (child.nodeType === 1 && (child as Element).getAttribute('contenteditable') === 'false') {
      // After a trailing embed (a pre-filled mention): place the caret just after it.
      return { node, offset: Array.prototype.indexOf.call(node.childNodes, child) + 1 };
    }
    if (child.nodeType === 3) return { node: child, offset: child.nodeValue?.length ?? 0 };
    if ((child as Element).tagName === 'BR')
      return { node, offset: Array.prototype.indexOf.call(node.childNodes, child) };
    node = child;
  }
  return { node, offset: node.childNodes.length };
}

/** The manager's own selection, if it lies inside the editor and still points at live nodes. */
export function selectionInside(root: EditableElement, range: Range | null | undefined): Range | null {
  if (!range) return null;
  const live = range.startContainer.isConnected && range.endContainer.isConnected;
  if (!live || !root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  if (insideEmbed(range.startContainer, root) || insideEmbed(range.endContainer, root)) return null;
  return range;
}

/** Copy of the current selection if it is inside `root` (taken when the manager clicks "Suggest reply"). */
export function saveSelection(root: EditableElement): Range | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return selectionInside(root, selection.getRangeAt(0).cloneRange());
}

/**
 * Focuses the editor and puts the caret where the draft goes: the manager's saved selection when it is
 * still valid (a selection is replaced, a caret inserts there), else the end of the text. Text fields
 * keep their own selection, or go to the end.
 */
export function placeCaret(root: EditableElement, saved: Range | null, savedField?: [number, number]): void {
  root.focus({ preventScroll: true });
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    const end = root.value.length;
    const [start, stop] = savedField ?? [end, end];
    root.setSelectionRange(Math.min(start, end), Math.min(stop, end));
    return;
  }
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const keep = selectionInside(root, saved);
  const range = root.ownerDocument.createRange();
  if (keep) {
    range.setStart(keep.startContainer, keep.startOffset);
    range.setEnd(keep.endContainer, keep.endOffset);
  } else {
    const end = endPosition(root);
    range.setStart(end.node, end.offset);
    range.collapse(true);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Resolves after the next frame, so editors that sync their selection on `selectionchange` have done so. */
export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    win.requestAnimationFrame(() => win.setTimeout(finish, 0));
    win.setTimeout(finish, 60); // rAF does not run in hidden tabs
  });
}
