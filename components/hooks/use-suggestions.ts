import { useCallback, useEffect, useReducer, useRef } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { userError } from '@/utils/errors';
import { PortEventSchema, SUGGEST_PORT, type PortRequest } from '@/utils/messaging/suggest-port';
import { initialState, reduce, type SuggestionsState } from './suggestions-state';
import { t } from '@/utils/i18n/i18n';

export interface Suggestions {
  state: SuggestionsState;
  generate: (options?: { profileId?: string; nudge?: string }) => void;
  stop: () => void;
  /** Rewrites one draft (to fix the brand's rules, or to shorten it); the others stay as they are. */
  fix: (index: number, text: string, instruction: string, profileId?: string) => void;
  edit: (index: number, text: string) => void;
}

const lost = () =>
  userError('session-expired', t('errors.lost.title'), t('errors.lost.detail'), 'reload-tab');

/**
 * The panel's live view of its session: it attaches over a Port and follows the generation stream.
 * If the connection drops (the browser restarted the extension's service worker), it attaches again
 * once; the background then starts a fresh run for the same thread, so no spinner is left turning.
 * A panel loaded ahead of the click connects at once and attaches when its session comes: that saves
 * the connection's set-up after the click. Dropped while waiting, it connects again only when needed.
 */
export function useSuggestions(sessionId: string | null): Suggestions {
  const [state, dispatch] = useReducer(reduce, initialState);
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const connectRef = useRef<() => void>(() => undefined);
  const sessionRef = useRef(sessionId);

  useEffect(() => {
    let closed = false;
    let retries = 0;
    let attached: Browser.runtime.Port | null = null;
    const attach = (port: Browser.runtime.Port): void => {
      if (!sessionRef.current || attached === port) return;
      attached = port;
      port.postMessage({ type: 'attach', sessionId: sessionRef.current } satisfies PortRequest);
    };
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
        if (!sessionRef.current) return; // waiting: connect again when the session comes
        if (retries++ < 1) setTimeout(connect, 250);
        else dispatch({ type: 'expired', error: lost() });
      });
      attach(port);
    };
    connectRef.current = () => {
      if (portRef.current) attach(portRef.current);
      else connect();
    };
    connect();
    return () => {
      closed = true;
      portRef.current?.disconnect();
      portRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (!sessionId) return;
    sessionRef.current = sessionId;
    connectRef.current();
  }, [sessionId]);

  const send = useCallback((request: PortRequest) => portRef.current?.postMessage(request), []);
  return {
    state,
    generate: useCallback((options = {}) => send({ type: 'generate', ...options }), [send]),
    stop: useCallback(() => send({ type: 'stop' }), [send]),
    fix: useCallback(
      (index: number, text: string, instruction: string, profileId?: string) =>
        send({ type: 'fix', index, text, instruction, ...(profileId ? { profileId } : {}) }),
      [send],
    ),
    edit: useCallback((index: number, text: string) => dispatch({ type: 'edit', index, text }), []),
  };
}
