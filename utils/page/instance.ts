/**
 * Each run of the content script marks what it puts in the page. When the extension is updated or
 * reloaded, the background injects the new script into open tabs; it removes what an earlier run left,
 * so every composer keeps exactly one control.
 */
export const INSTANCE = Math.random().toString(36).slice(2, 10);
export const MARK = 'data-rc';

export function mark(element: Element): void {
  element.setAttribute(MARK, INSTANCE);
}

/** Removes the controls and panel an earlier run of this script left in the page. */
export function removeEarlierRuns(doc: Document): number {
  const stale = Array.from(doc.querySelectorAll(`[${MARK}]`)).filter(
    (el) => el.getAttribute(MARK) !== INSTANCE,
  );
  stale.forEach((el) => el.remove());
  return stale.length;
}
