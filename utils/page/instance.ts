import { closedShadowRoot } from '@/utils/browser/api';

/**
 * One run of the content script per page. A newer run (the background injects one into open tabs after
 * an update, or on demand) takes over from an older one, and nothing else can end a run: the page's own
 * events are not listened to for this (WXT's "newer script started" event has a public name that any
 * page script can dispatch). Runs of this extension share the content script's world, which the page
 * cannot see; a run left from before an update may live in another world, cut off from the extension,
 * so the nodes it left are found by their marker and by the closed shadow root only we attach.
 */
export const INSTANCE = Math.random().toString(36).slice(2, 10);
export const MARK = 'data-rc';

const RUN = Symbol.for('reply-copilot.content-run');

interface LiveRun {
  instance: string;
  stop(reason: string): void;
}

export interface PageRunHandle {
  signal: AbortSignal;
  abort(reason: string): void;
  onEnd(cleanup: () => void): void;
}

/** Marks one of our hosts in the page: which run made it, and which part of our UI it is. */
export function mark(element: Element, part: 'control' | 'panel' | 'review' | 'highlight'): void {
  element.setAttribute(MARK, INSTANCE);
  element.setAttribute(`${MARK}-part`, part);
}

/** Ends any earlier run in this world, then removes what runs cut off from the extension left. */
export function takeOver(doc: Document): PageRunHandle {
  const scope = globalThis as { [RUN]?: LiveRun };
  scope[RUN]?.stop('a newer run took over');
  const controller = new AbortController();
  scope[RUN] = { instance: INSTANCE, stop: (reason) => controller.abort(reason) };
  removeEarlierRuns(doc);
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    onEnd: (cleanup) => controller.signal.addEventListener('abort', cleanup, { once: true }),
  };
}

/** Removes the controls and panel an earlier run left: our marked hosts, each with its closed shadow root. */
export function removeEarlierRuns(doc: Document): number {
  const stale = Array.from(doc.querySelectorAll<HTMLElement>(`span[${MARK}]`)).filter(
    (el) => el.getAttribute(MARK) !== INSTANCE && closedShadowRoot(el) !== null,
  );
  stale.forEach((el) => el.remove());
  return stale.length;
}
