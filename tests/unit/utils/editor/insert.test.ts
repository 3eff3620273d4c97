import { beforeEach, describe, expect, it } from 'vitest';
import { endPosition } from '@/utils/editor/caret';
import { detectEditorKind } from '@/utils/editor/detect';
import { insertIntoEditor } from '@/utils/editor/insert';
import { STRATEGY_ORDER } from '@/utils/editor/strategies';

const html = (markup: string): HTMLElement => {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
};

describe('detectEditorKind', () => {
  it.each([
    ['<div class="public-DraftEditor-content" contenteditable="true"></div>', 'draft'],
    ['<div contenteditable="true"><div data-contents="true"></div></div>', 'draft'],
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['<div class="tiptap ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div data-lexical-editor="true" contenteditable="true"></div>', 'lexical'],
    ['<textarea></textarea>', 'textarea'],
    ['<div contenteditable="true"></div>', 'contenteditable'],
  ])('%s → %s', (markup, kind) => {
    expect(detectEditorKind(html(markup))).toBe(kind);
  });

  it('tries paste first on Draft.js and never only insertText (it drops text across blank lines)', () => {
    expect(STRATEGY_ORDER.draft[0]).toBe('paste');
    expect(STRATEGY_ORDER.quill[0]).toBe('insertLines'); // Quill 1 ignores a synthetic paste, and keeps paragraphs line by line
  });
});

describe('endPosition', () => {
  it('goes after the last text', () => {
    const root = html('<div contenteditable="true"><p>one</p><p>two</p></div>');
    const pos = endPosition(root);
    expect(pos.node.nodeValue).toBe('two');
    expect(pos.offset).toBe(3);
  });

  it('goes before a trailing <br> of an empty line', () => {
    const root = html('<div contenteditable="true"><p><br></p></div>');
    const pos = endPosition(root);
    expect((pos.node as Element).tagName).toBe('P');
    expect(pos.offset).toBe(0);
  });

  it('goes after a pre-filled mention, never inside it', () => {
    const root = html('<div contenteditable="true"><p><a contenteditable="false">Marie</a></p></div>');
    const pos = endPosition(root);
    expect((pos.node as Element).tagName).toBe('P');
    expect(pos.offset).toBe(1);
  });
});

/** An editor that takes pasted text but keeps only its first half, like an editor with a length cap. */
function halfEditor(): HTMLElement {
  const root = html('<div contenteditable="true" class="tiptap ProseMirror"><p>Hello </p></div>');
  root.addEventListener('paste', (event) => {
    const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    root.querySelector('p')!.append(text.slice(0, Math.ceil(text.length / 2)));
  });
  return root;
}

describe('insertIntoEditor', () => {
  beforeEach(() => {
    // happy-dom has no execCommand; this one behaves like a browser's: beforeinput first, cancelable.
    document.execCommand = (_command: string, _ui?: boolean, value?: string): boolean => {
      const event = new InputEvent('beforeinput', {
        inputType: 'insertText',
        data: value,
        cancelable: true,
        bubbles: true,
      });
      (document.activeElement ?? document.body).dispatchEvent(event);
      return !event.defaultPrevented;
    };
  });

  it('reports a partial insertion and does not try another method (no double insert)', async () => {
    const root = halfEditor();
    const outcome = await insertIntoEditor(root, 'a complete draft');
    expect(outcome).toEqual({ ok: false, kind: 'prosemirror', reason: 'partial' });
    expect(root.textContent).toBe('Hello a comple');
  });

  it('reports a rejection when the editor takes nothing, and leaves it as it was', async () => {
    const root = html('<div contenteditable="true" class="tiptap ProseMirror"><p>Keep me</p></div>');
    root.addEventListener('paste', (e) => e.preventDefault());
    root.addEventListener('beforeinput', (e) => e.preventDefault());
    const outcome = await insertIntoEditor(root, 'draft');
    expect(outcome.ok).toBe(false);
    expect(root.textContent).toBe('Keep me');
  });

  it('accepts an editor that took the whole draft, and keeps what it held', async () => {
    const root = html('<div contenteditable="true" class="tiptap ProseMirror"><p>Hello </p></div>');
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      root.querySelector('p')!.append((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
    });
    expect(await insertIntoEditor(root, 'world 👋')).toEqual({
      ok: true,
      kind: 'prosemirror',
      method: 'paste',
    });
    expect(root.textContent).toBe('Hello world 👋');
  });

  it('does not count text that was already there as inserted', async () => {
    const root = html('<div contenteditable="true" class="tiptap ProseMirror"><p>Thanks!</p></div>');
    root.addEventListener('paste', (e) => e.preventDefault());
    root.addEventListener('beforeinput', (e) => e.preventDefault());
    expect((await insertIntoEditor(root, 'Thanks!')).ok).toBe(false);
  });
});
