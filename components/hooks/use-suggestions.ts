import { useCallback, useEffect, useReducer, useRef } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { PortEventSchema, SUGGEST_PORT, type PortRequest } from '@/utils/messaging/suggest-port';
import { initialState, reduce, type SuggestionsState } from './suggestions-state';

export interface Suggestions {
  state: SuggestionsState;
  generate: (options?: { profileId?: string; nudge?: string; force?: boolean }) => void;
  stop: () => void;
  /** During a wait before the next attempt: go now. */
  retryNow: () => void;
  /** "Use my selection instead": the manager's selection on the page becomes the text answered. */
  answerSelection: (profileId?: string) => void;
  /** Rewrites one draft (to fix the brand's rules, or to shorten it); the others stay as they are. */
  fix: (index: number, text: string, instruction: string, profileId?: string) => void;
  edit: (index: number, text: string) => void;
  /** "Forget this person" (commenter memory). */
  forget: () => void;
  /** "Adapt" a saved reply to the comment (filled here, required passages marked [[…]]). */
  adapt: (savedId: string, text: string, profileId?: string) => void;
  /** A saved reply was copied: one more use. */
  savedCopied: (savedId: string) => void;
}

/**
 * Calls `connect` once this frame is shown (the content script moves it on screen and focuses it), so
 * a panel loaded ahead of time does not keep waking the extension while it waits, hidden.
 */
function whenShown(connect: () => void): void {
  let done = false;
  const go = (): void => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.removeEventListener('focus', go);
    connect();
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go());
  observer.observe(document.documentElement);
  window.addEventListener('focus', go);
}

const lost = () =>
  userError('session-expired', t('errors.lost.title'), t('errors.lost.detail'), 'reload-tab');

/**
 * The panel's live view of its session. It connects as soon as it loads and says it is ready; the
 * background knows this frame by its own address and hands it its session (at once, or when the click
 * comes, for a panel loaded ahead of time). Then it follows the generation stream. If the connection
 * drops (the browser restarted the extension's service worker), it connects again: once with a session
 * (the background then starts a fresh run for the same thread, so no spinner is left turning), and
 * whenever needed while it still waits for one.
 */
export function useSuggestions(): Suggestions {
  const [state, dispatch] = useReducer(reduce, initialState);
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const hasSession = useRef(false);

  useEffect(() => {
    hasSession.current = Boolean(state.sessionId);
  }, [state.sessionId]);

  useEffect(() => {
    let closed = false;
    let retries = 0;
    const connect = (): void => {
      let port: Browser.runtime.Port;
      try {
        port = browser.runtime.connect({ name: SUGGEST_PORT });
      } catch {
        dispatch({ type: 'expired', error: lost() });
        return;
      }
      portRef.current = port;
      port.onMessage.addListener((raw: unknown) => {
        const event = PortEventSchema.safeParse(raw);
        if (event.success) dispatch(event.data);
      });
      port.onDisconnect.addListener(() => {
        if (portRef.current !== port || closed) return;
        portRef.current = null;
        if (!hasSession.current) return whenShown(connect); // still waiting: connect again when shown
        if (retries++ < 1) setTimeout(connect, 250);
        else dispatch({ type: 'expired', error: lost() });
      });
      port.postMessage({ type: 'attach' } satisfies PortRequest);
    };
    connect();
    return () => {
      closed = true;
      portRef.current?.disconnect();
      portRef.current = null;
    };
  }, []);

  const send = useCallback((request: PortRequest) => portRef.current?.postMessage(request), []);
  return {
    state,
    generate: useCallback((options = {}) => send({ type: 'generate', ...options }), [send]),
    stop: useCallback(() => send({ type: 'stop' }), [send]),
    retryNow: useCallback(() => {
      dispatch({ type: 'retryNow' });
      send({ type: 'retryNow' });
    }, [send]),
    answerSelection: useCallback(
      (profileId?: string) => send({ type: 'useSelection', ...(profileId ? { profileId } : {}) }),
      [send],
    ),
    fix: useCallback(
      (index: number, text: string, instruction: string, profileId?: string) =>
        send({ type: 'fix', index, text, instruction, ...(profileId ? { profileId } : {}) }),
      [send],
    ),
    edit: useCallback((index: number, text: string) => dispatch({ type: 'edit', index, text }), []),
    forget: useCallback(() => send({ type: 'forget' }), [send]),
    adapt: useCallback(
      (savedId: string, text: string, profileId?: string) =>
        send({ type: 'adapt', savedId, text, ...(profileId ? { profileId } : {}) }),
      [send],
    ),
    savedCopied: useCallback((savedId: string) => send({ type: 'savedCopied', savedId }), [send]),
  };
}
