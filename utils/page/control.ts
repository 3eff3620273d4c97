/**
 * The "Suggest reply" control: a plain button in an open shadow root, so the page's styles cannot reach
 * it and ours cannot leak. It never takes focus from the editor on mouse press, so the manager's caret
 * and selection stay where they were.
 */
const CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin: 2px 6px; }
button {
  display: inline-flex; align-items: center; gap: 4px; height: 28px; padding: 0 10px;
  border: 1px solid currentColor; border-radius: 14px; background: transparent; color: inherit;
  font: 600 13px/1 system-ui, -apple-system, "Segoe UI", sans-serif; cursor: pointer; opacity: .85;
}
button:hover { opacity: 1; background: color-mix(in srgb, currentColor 10%, transparent); }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
button[aria-expanded="true"] { opacity: 1; background: color-mix(in srgb, currentColor 14%, transparent); }
.spark { font-size: 14px; }
button.problem { border-style: dashed; }
@media (prefers-reduced-motion: no-preference) { button { transition: opacity .12s, background .12s; } }
`;

export interface Control {
  host: HTMLElement;
  setExpanded(expanded: boolean): void;
  setProblem(message: string | null): void;
}

export function createControl(doc: Document, on: { activate: () => void; intent: () => void }): Control {
  const host = doc.createElement('span');
  const shadow = host.attachShadow({ mode: 'open' });
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
  label.textContent = 'Suggest reply';
  button.append(spark, label);
  const setLabel = (problem: string | null): void => {
    button.setAttribute('aria-label', problem ? `Suggest reply: ${problem}` : 'Suggest reply');
    button.title = problem ?? 'Suggest replies in your brand’s voice (Reply Copilot)';
    button.classList.toggle('problem', Boolean(problem));
    spark.textContent = problem ? '⚠' : '✦';
    label.textContent = problem
      ? /reload/i.test(problem)
        ? 'Reload tab to suggest'
        : 'Suggest reply (failed)'
      : 'Suggest reply';
  };
  setLabel(null);
  // Keep focus and selection in the editor: the draft goes where the caret was.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    on.activate();
  });
  button.addEventListener('pointerenter', on.intent);
  button.addEventListener('focus', on.intent);
  // The page's keyboard shortcuts must not see keys pressed on our button.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    button.addEventListener(type, (event) => event.stopPropagation());
  }
  shadow.append(style, button);
  return {
    host,
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
    setProblem: setLabel,
  };
}
