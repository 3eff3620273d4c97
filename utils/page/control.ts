import { t } from '@/utils/i18n/i18n';
/**
 * The "Suggest reply" control: a plain button in a closed shadow root, so the page's scripts cannot
 * reach it, its styles cannot touch it and ours cannot leak. Only the manager's own gestures act on it
 * (`event.isTrusted`): a page script's `.click()` or dispatched event starts nothing. It never takes
 * focus from the editor on mouse press, so the manager's caret and selection stay where they were.
 */
const CSS = `
:host { all: initial; color: inherit; display: inline-flex; vertical-align: middle; margin: 2px 6px; contain: layout style; }
button {
  display: inline-flex; align-items: center; gap: 4px; height: 28px; padding: 0 10px;
  border: 1px solid currentColor; border-radius: 14px; background: transparent; color: inherit;
  font: 600 13px/1 system-ui, -apple-system, "Segoe UI", sans-serif; cursor: pointer;
}
button:hover { background: color-mix(in srgb, currentColor 10%, transparent); }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
button[aria-expanded="true"] { background: color-mix(in srgb, currentColor 14%, transparent); }
.spark { font-size: 14px; }
button.problem { border-style: dashed; }
@media (prefers-reduced-motion: no-preference) { button { transition: background .12s; } }
`;

export interface Control {
  host: HTMLElement;
  setExpanded(expanded: boolean): void;
  /** A problem to show on the control; `reload` when only reloading the tab can help. */
  setProblem(message: string | null, reload?: boolean): void;
  /** Shows its words again, in the interface's language (it may arrive after the control). */
  relabel(): void;
}

interface Words {
  suggest: string;
  title: string;
  reload: string;
  failed: string;
  updated: string;
}
let words: Words | undefined;

/**
 * The control's words, read while the extension is alive: a script cut off by an update may no longer
 * reach them, yet its controls still have to say "reload this tab". `refresh` after the language changes.
 */
export function controlWords(refresh = false): Words {
  if (!words || refresh)
    words = {
      suggest: t('page.suggest'),
      title: t('page.suggestTitle'),
      reload: t('page.reloadToSuggest'),
      failed: t('page.suggestFailed'),
      updated: t('page.updated'),
    };
  return words;
}

export function createControl(doc: Document, on: { activate: () => void; intent: () => void }): Control {
  const host = doc.createElement('span');
  // delegatesFocus: focusing the host (Tab, or a screen reader) focuses the button inside.
  const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const spark = doc.createElement('span');
  spark.className = 'spark';
  spark.setAttribute('aria-hidden', 'true');
  spark.textContent = '✦';
  const label = doc.createElement('span');
  button.append(spark, label);
  let shown: { problem: string | null; reload: boolean } = { problem: null, reload: false };
  const setLabel = (problem: string | null, reload = false): void => {
    shown = { problem, reload };
    const w = controlWords();
    button.setAttribute('aria-label', problem ? `${w.suggest}: ${problem}` : w.suggest);
    button.title = problem ?? w.title;
    button.classList.toggle('problem', Boolean(problem));
    spark.textContent = problem ? '⚠' : '✦';
    label.textContent = problem ? (reload ? w.reload : w.failed) : w.suggest;
  };
  setLabel(null);
  // Keep focus and selection in the editor: the draft goes where the caret was.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    if (event.isTrusted) on.activate();
  });
  const intent = (event: Event): void => {
    if (event.isTrusted) on.intent();
  };
  button.addEventListener('pointerenter', intent);
  button.addEventListener('focus', intent);
  // The page's keyboard shortcuts must not see keys pressed on our button.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    button.addEventListener(type, (event) => event.stopPropagation());
  }
  shadow.append(style, button);
  return {
    host,
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
    setProblem: setLabel,
    relabel: () => setLabel(shown.problem, shown.reload),
  };
}
