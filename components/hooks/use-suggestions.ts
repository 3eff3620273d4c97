import { useCallback, useEffect, useReducer, useRef } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { userError } from '@/utils/errors';
import { PortEventSchema, SUGGEST_PORT, type PortRequest } from '@/utils/messaging';
import { initialState, reduce, type SuggestionsState } from './suggestions-state';

export interface Suggestions {
  state: SuggestionsState;
  generate: (options?: { profileId?: string; nudge?: string }) => void;
  stop: () => void;
  edit: (index: number, text: string) => void;
}

const lost = userError(
  'session-expired',
  'The connection to the extension was lost',
  'The extension was reloaded or updated. Close this panel and click “Suggest reply” again.',
  'reload-tab',
);

/** The panel's live view of its session: it attaches over a Port and follows the generation stream. */
export function useSuggestions(sessionId: string): Suggestions {
  const [state, dispatch] = useReducer(reduce, initialState);
  const portRef = useRef<Browser.runtime.Port | null>(null);

  useEffect(() => {
    const port = browser.runtime.connect({ name: SUGGEST_PORT });
    portRef.current = port;
    port.onMessage.addListener((raw: unknown) => {
      const event = PortEventSchema.safeParse(raw);
      if (event.success) dispatch(event.data);
    });
    port.onDisconnect.addListener(() => {
      if (portRef.current === port) dispatch({ type: 'expired', error: lost });
      portRef.current = null;
    });
    port.postMessage({ type: 'attach', sessionId } satisfies PortRequest);
    return () => {
      portRef.current = null;
      port.disconnect();
    };
  }, [sessionId]);

  const send = useCallback((request: PortRequest) => portRef.current?.postMessage(request), []);
  return {
    state,
    generate: useCallback((options = {}) => send({ type: 'generate', ...options }), [send]),
    stop: useCallback(() => send({ type: 'stop' }), [send]),
    edit: useCallback((index: number, text: string) => dispatch({ type: 'edit', index, text }), []),
  };
}
