import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import type { InsertResult } from '@/utils/messaging/schemas';
import { readText } from '@/utils/text/dom-text';
import { looseText } from '@/utils/text/clean';
import { nextFrame, placeCaret } from './caret';
import { detectEditorKind, type EditableElement, type EditorKind } from './detect';
import { STRATEGIES, STRATEGY_ORDER, type StrategyName } from './strategies';

export type InsertOutcome =
  | { ok: true; kind: EditorKind; method: StrategyName }
  /** `partial`: the editor changed but does not hold the whole draft, so no other method was tried. */
  | { ok: false; kind: EditorKind; reason: 'rejected' | 'partial' };

export interface InsertOptions {
  /** The manager's selection in the editor when they asked for suggestions. */
  savedRange?: Range | null;
  savedField?: [number, number];
}

export const editorText = (el: EditableElement): string =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : readText(el);

const count = (haystack: string, needle: string): number => {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
};

function selectedText(el: EditableElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
    return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
  return el.ownerDocument.getSelection()?.toString() ?? '';
}

/**
 * Puts `text` into a platform's editor as if the manager had typed or pasted it, then checks that the
 * editor holds it and lost nothing else. Tries the next method only when the editor did not change at
 * all, so a draft is never inserted twice. Never clicks, presses Enter or submits.
 */
export async function insertIntoEditor(
  el: EditableElement,
  text: string,
  options: InsertOptions = {},
): Promise<InsertOutcome> {
  const win = el.ownerDocument.defaultView ?? window;
  const kind = detectEditorKind(el);
  const wanted = looseText(text);
  for (const method of STRATEGY_ORDER[kind]) {
    placeCaret(el, options.savedRange ?? null, options.savedField);
    await nextFrame(win); // Lexical and Draft.js sync their selection from `selectionchange`
    const before = looseText(editorText(el));
    const replaced = looseText(selectedText(el));
    try {
      STRATEGIES[method](el, text);
    } catch {
      // A page may break a command (or a browser lack it); the check below sees nothing changed.
    }
    await nextFrame(win);
    const after = looseText(editorText(el));
    const holdsDraft = count(after, wanted) > count(before, wanted);
    const keptRest = after.length >= before.length - replaced.length + wanted.length;
    if (holdsDraft && keptRest) {
      el.focus({ preventScroll: true });
      return { ok: true, kind, method };
    }
    if (after !== before) return { ok: false, kind, reason: 'partial' };
  }
  return { ok: false, kind, reason: 'rejected' };
}

/** What the manager is told of an insertion: the method that worked, or why it did not (a draft, or a text). */
export function insertionResult(outcome: InsertOutcome, what: 'draft' | 'text'): InsertResult {
  if (outcome.ok) return { ok: true, method: `${outcome.kind}:${outcome.method}` };
  const partial = outcome.reason === 'partial';
  if (what === 'text')
    return {
      ok: false,
      error: userError(
        'insert-failed',
        partial ? t('errors.partialText.title') : t('errors.refusedText.title'),
        t('errors.refusedText.detail'),
      ),
    };
  return {
    ok: false,
    error: userError(
      'insert-failed',
      partial ? t('errors.partialDraft.title') : t('errors.refusedDraft.title'),
      partial ? t('errors.partialDraft.detail') : t('errors.refusedDraft.detail'),
    ),
  };
}
